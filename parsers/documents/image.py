"""Pictures (recognised by their magic bytes) are kept as they are: status IMAGE."""

from __future__ import annotations

from parsers.model import Document, ReadStatus

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"BM", "bmp"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
)
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif")


def image_format(data: bytes) -> str | None:
    """The picture format of `data` by magic bytes ("png", "jpeg", ...), or None."""
    for magic, name in _MAGIC:
        if data.startswith(magic) and (name != "bmp" or data[6:10] == b"\x00\x00\x00\x00"):
            return name
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        return "heic"
    return None


def read_image(data: bytes) -> Document:
    """A Document with status IMAGE naming the picture format."""
    return Document(status=ReadStatus.IMAGE, kind="image", reason=image_format(data) or "")
