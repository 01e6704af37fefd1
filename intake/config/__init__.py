"""Read `config.toml` once into frozen, validated settings.

    settings = load_config(Path("config.toml"))   # raises ConfigError naming the key
    settings.campaign.units[0].id                 # "taishan"
    settings.mailbox.url.scheme                   # "maildir"

Relative paths in the file are relative to the folder holding it. With no file at the
default location, the embedded default campaign (`intake/defaults/config.toml`) is used and
relative paths are taken from the current folder.

    endpoints  Endpoint, parse_endpoint: mailbox and outbox URLs
    sections   MailboxSettings, StoreSettings, OutboxSettings …: the program's sections
    settings   Settings: what the rest of the program is handed
    loading    parse_config, load_config: the file's shape and its error messages
"""

from intake.config.endpoints import Endpoint, parse_endpoint
from intake.config.loading import (
    DEFAULT_PATH,
    ENV_CONFIG,
    CampaignHeader,
    ConfigFile,
    embedded_default_text,
    load_config,
    parse_config,
)
from intake.config.sections import (
    ArchiveSettings,
    BulletinSettings,
    LinksSettings,
    MailboxSettings,
    OutboxSettings,
    ScheduleSettings,
    StoreSettings,
    WebSettings,
)
from intake.config.settings import Settings

__all__ = [
    "DEFAULT_PATH",
    "ENV_CONFIG",
    "ArchiveSettings",
    "BulletinSettings",
    "CampaignHeader",
    "ConfigFile",
    "Endpoint",
    "LinksSettings",
    "MailboxSettings",
    "OutboxSettings",
    "ScheduleSettings",
    "Settings",
    "StoreSettings",
    "WebSettings",
    "embedded_default_text",
    "load_config",
    "parse_config",
    "parse_endpoint",
]
