"""Turn decisions into messages, and deliver them.

Compose (pure functions returning `EmailMessage`):
    outbox.reminders  reminder_points, due_points, plan_reminders, compose_reminder
    outbox.ack        compose_ack (one 回执 for one message or a burst)
    outbox.digest     render_digest (html or text), compose_digest
    outbox.resubmit   compose_resubmit (请重新报送 for a file staff rejected)
    outbox.headers    automatic_mail: the header block and parts the mails above share
    outbox.workbook   build_workbook (openpyxl; intake writes the file)
Deliver:
    outbox.deliver    open_sender -> SmtpSender | FileSender, DeliveryError, backoff
Inputs are rules' and parsers' data types plus the small values in `outbox.model`;
templates live in outbox/templates/ and can be overridden by a folder
(`outbox.render.make_environment`).
"""
