"""Staff corrections and the list of what needs a human (command line and console).

problems(ctx)                                  # unassigned, unreadable, invalid contacts...
assign(ctx, "#12", "feicheng", remember_sender=True, now=now, who="tian")
reclassify(ctx, "a31", "plan", now=now, who="tian")
ignore(ctx, "#13", now=now, who="tian")
"""

from intake.corrections.files import finish_moves
from intake.corrections.messages import (
    actor,
    assign,
    attachment_row,
    ignore,
    message_row,
    reclassify,
    resend,
)
from intake.corrections.problems import Problem, problems

__all__ = [
    "Problem",
    "actor",
    "assign",
    "attachment_row",
    "finish_moves",
    "ignore",
    "message_row",
    "problems",
    "reclassify",
    "resend",
]
