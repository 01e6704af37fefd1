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
articles  宣传材料目录: the article catalogue, 推荐 marks, downloads, the recommended zip
links     宣传专栏: the column links, 检查链接 in the background, the HTML for the city's page
bulletin  通报: the bulletin for a date (docx, PDF, the text for WeChat)
downloads 按要求下载: one zip per requirement, the workbook
"""
