"""The Chinese words the console shows for the store's English codes.

Problem kinds are the digest's own (`intake.outgoing`); cell states come from
`outbox.render` directly. The rest name what the rules and the outbox record: a message's
state, a file's read status, the rule that chose a unit or a category, an email's kind and
state, an audit action. An unknown code is shown as it is.
"""

from __future__ import annotations

from intake.outgoing import PROBLEM_KINDS  # the digest's words
from outbox.render import READ_PROBLEMS

MESSAGE_STATES = {
    "claimed": "处理中",
    "done": "已收取",
    "failed": "处理失败",
    "ignored": "已忽略",
    "duplicate": "重复邮件",
}
DOC_STATUSES = {
    "ok": "可读取",
    "container": "压缩包（内含文件另列）",
    "encrypted": "已加密",
    "unreadable": "无法读取",
    "unsupported": "格式无法识别",
    "image-only": "扫描件（无文字层）",
    "empty": "空文件",
    "accepted": "已由工作人员认可",
}
UNIT_RULES = {
    "sender-address": "发件地址已登记",
    "forwarded-sender": "转发邮件的原发件地址已登记",
    "name-in-subject": "主题中的单位名称",
    "name-in-attachment-name": "附件名中的单位名称",
    "name-in-signature": "签名中的单位名称",
    "name-in-body": "正文中的单位名称",
    "name-in-document": "文件内容中的单位名称",
    "liaison-contact": "已知联络员的联系方式",
    "weak-mention": "仅有弱提及",
    "ambiguous": "多个候选单位",
    "no-match": "未找到单位",
    "staff": "工作人员指定",
    "offline": "线下报送",
}
CATEGORY_RULES = {
    "weighted-evidence": "按文件名、标题和正文关键词判断",
    "statistics-table": "统计表表头",
    "unreadable": "文件无法读取",
    "staff": "工作人员指定",
}
OUTBOX_KINDS = {
    "ack": "回执",
    "reminder": "催报",
    "digest": "每日汇总",
    "reject": "请重新报送",
}
OUTBOX_STATES = {
    "queued": "待发送",
    "sending": "投递结果不明",
    "sent": "已发送",
    "failed": "投递失败",
}
AUDIT_ACTIONS = {
    "assign": "归入单位",
    "reclassify": "修改类别",
    "ignore": "忽略邮件",
    "resend": "重新发送",
    "accept": "认可文件",
    "accept_file": "认可文件",
    "reject": "退回文件",
    "reject_file": "退回文件",
    "confirm_liaison": "确认联络员",
    "record_offline": "登记线下报送",
    "offline": "登记线下报送",
    "exempt": "免报",
    "unexempt": "取消免报",
    "extend_deadline": "延长截止时间",
    "extend": "延长截止时间",
    "recommend": "推荐宣传材料",
    "unrecommend": "取消推荐",
}

__all__ = [
    "AUDIT_ACTIONS",
    "CATEGORY_RULES",
    "DOC_STATUSES",
    "MESSAGE_STATES",
    "OUTBOX_KINDS",
    "OUTBOX_STATES",
    "PROBLEM_KINDS",
    "READ_PROBLEMS",
    "UNIT_RULES",
    "word",
]


def word(table: dict[str, str], code: str | None) -> str:
    """The Chinese word for `code` in `table`, or the code itself."""
    return table.get(code or "", code or "")


def trust_reason(why: str) -> str:
    """Why an address may receive a unit's mail (intake.trust's reasons), in Chinese."""
    if why == "registered for the unit in the config":
        return "配置中登记的地址"
    if why == "confirmed by staff":
        return "工作人员确认的发件地址"
    if why == "liaison confirmed by staff":
        return "工作人员确认的联络员邮箱"
    if why.startswith("liaison named by "):
        return f"由 {why.removeprefix('liaison named by ')} 报送的联络员邮箱"
    if why == "not verified":
        return "未验证"
    return why
