"""The console's pages, one module per kind of page; each has a `routes` list.

overview  总览: the unit x requirement matrix, counts, filters, the next deadline
unit      单位: everything of one unit (items, evidence, contacts, messages, history)
problems  待处理: what needs a human, with one-click corrections
mail      邮件: every message, searchable; one message with its files and history
sent      发送记录: the outbox, with resend
audit     审计: who corrected what, when, with the note
files     downloads and previews of attachments and raw mail
live      the stamp open pages poll to refresh themselves
actions   the corrections the forms post to (the same functions the command line calls)
"""
