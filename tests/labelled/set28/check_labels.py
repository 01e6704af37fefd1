"""Check set28's labels against its mail, and the hand matrix against one derived from labels.

    python tests/labelled/set28/check_labels.py

For every message: each labelled file is found in the mail (attachments, zip members,
forwarded message/rfc822 parts; encoded words folded inside quotes, gb2312 labels read as
GB18030, RFC 2231 names in UTF-8 or GBK or GB18030, raw 8-bit UTF-8 or GBK names, zip names without
the UTF-8 flag read as GBK); each file opens with a library for its kind iff it is labelled
readable (a file without an extension is sniffed; a vCard by its BEGIN/END lines); each
labelled column URL (also across a line break), liaison email and liaison mobile is written
somewhere in the mail or its files (text parts, HTML parts as read with tags dropped and
entities such as &nbsp; decoded (set28), Office XML, PDF text through pdftotext, with
full-width characters folded and separators dropped for mobiles); a non-submission has no
files labelled; and the hand matrix equals the derived one.
"""

from __future__ import annotations

import contextlib
import email
import html
import io
import json
import re
import subprocess
import sys
import unicodedata
import zipfile
from email import policy
from email.header import decode_header, make_header
from email.message import Message
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen.derive import derive  # noqa: E402
from gen.matrix import MATRIX  # noqa: E402

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _name(part: Message) -> str:
    name = part.get_filename() or ""
    # compat32 hands 8-bit header bytes back as a Header; the stored value keeps them
    raw = "".join(v for k, v in part._headers if k.lower() == "content-disposition")
    if "\ufffd" in name and re.search(r'filename="([^"]*)"', raw):  # raw 8-bit bytes
        got = re.search(r'filename="([^"]*)"', raw).group(1)  # type: ignore[union-attr]
        data = got.encode("ascii", "surrogateescape")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("gbk")
    if "=?" in name:  # RFC 2047 inside the quoted parameter, as Outlook/Foxmail/Coremail write it
        name = re.sub(r"\?=\s+=\?", "?==?", name.replace("\r\n", "").replace("\n", ""))
        name = re.sub(r"\?gb2312\?", "?gb18030?", name, flags=re.I)
        return str(make_header(decode_header(name)))
    return str(name)


def files_of(msg: Message) -> dict[str, bytes]:
    """Every file a person sees: attachments, zip members, forwarded messages' files."""
    out: dict[str, bytes] = {}
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            out.update(files_of(part.get_payload(0)))
            continue
        if part.get_content_disposition() != "attachment":
            continue
        name, data = _name(part), part.get_payload(decode=True) or b""
        out[name] = data
        if name.lower().endswith(".zip"):
            with contextlib.suppress(zipfile.BadZipFile), zipfile.ZipFile(io.BytesIO(data)) as z:
                for info in z.infolist():
                    n = info.filename
                    if not info.flag_bits & 0x800:
                        n = n.encode("cp437").decode("gbk")
                    out[n] = z.read(info)
    return out


def _kind(name: str, data: bytes) -> str:
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if not ext and data[:4] == b"PK\x03\x04":
        return "docx"
    return ext


def opens(name: str, data: bytes) -> bool:
    """Whether a library for the kind opens the bytes."""
    ext = _kind(name, data)
    try:
        if ext == "docx":
            import docx

            docx.Document(io.BytesIO(data))
        elif ext == "xlsx":
            import openpyxl

            openpyxl.load_workbook(io.BytesIO(data))
        elif ext in ("doc", "xls"):
            return data[:8] == OLE
        elif ext == "pdf":
            return data[:5] == b"%PDF-" and b"%%EOF" in data[-1024:]
        elif ext in ("odt", "ods"):
            zipfile.ZipFile(io.BytesIO(data)).read("content.xml")
        elif ext == "rtf":
            return data[:5] == b"{\\rtf"
        elif ext == "txt":
            data.decode("gbk")
        elif ext == "vcf":
            return data.startswith(b"BEGIN:VCARD") and b"END:VCARD" in data
        elif ext == "jpg":
            return data[:3] == b"\xff\xd8\xff"
        else:
            return False
        return True
    except Exception:
        return False


def text_of(name: str, data: bytes) -> str:
    """What a person reads in a file (enough to find a URL, an email, a phone number)."""
    ext = _kind(name, data)
    if ext in ("docx", "xlsx", "odt", "ods"):
        with contextlib.suppress(Exception), zipfile.ZipFile(io.BytesIO(data)) as z:
            xml = " ".join(
                z.read(n).decode("utf-8", "replace")
                for n in z.namelist()
                if n.endswith((".xml", ".rels"))
            )
            return html.unescape(re.sub(r"<[^>]+>", "", xml) + " " + xml)
    if ext == "pdf":
        run = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=False)
        return run.stdout.decode("utf-8", "replace")
    if ext == "txt":
        return data.decode("gbk", "replace")
    return data.decode("utf-8", "replace")


def mail_text(raw: bytes, files: dict[str, bytes]) -> str:
    """The mail's text parts (nested ones included), its raw bytes and its files' text."""
    text = raw.decode("utf-8", "replace")
    for part in email.message_from_bytes(raw, policy=policy.default).walk():
        if part.get_content_maintype() == "text":
            # gb2312 labels carry GBK bytes (Outlook): read them as GB18030, as clients do
            cs = (part.get_content_charset() or "utf-8").lower().replace("gb2312", "gb18030")
            with contextlib.suppress(LookupError):
                got = (part.get_payload(decode=True) or b"").decode(cs, "replace")
                text += got
                if part.get_content_subtype() == "html":  # set28: what the reader sees
                    seen = re.sub(r"<br\s*/?>|</(p|div|tr)>", "\n", got, flags=re.I)
                    text += " " + html.unescape(re.sub(r"<[^>]+>", "", seen))
        if part.get_content_type() == "message/rfc822":
            text += mail_text(part.get_payload(0).as_bytes(), {})
    text += "".join(text_of(n, d) for n, d in files.items())
    return unicodedata.normalize("NFKC", text)


def check(m: dict, problems: list[str]) -> None:
    """One message's label against its mail."""
    raw = (HERE / m["file"]).read_bytes()
    files = files_of(email.message_from_bytes(raw, policy=policy.compat32))
    if m["kind"] != "submission" and m["files"]:
        problems.append(f"{m['file']}: files labelled on a non-submission")
    for f in m["files"]:
        if f["name"] not in files:
            problems.append(f"{m['file']}: {f['name']} not in the mail ({list(files)})")
        elif opens(f["name"], files[f["name"]]) != f["readable"]:
            problems.append(f"{m['file']}: {f['name']} readable should be {not f['readable']}")
    text = mail_text(raw, files)
    text += re.sub(r"\s*\n\s*", "", text)  # a URL a client broke over a line
    digits = re.sub(r"[\s\-—/]", "", text)
    if m["column_url"] and m["column_url"] not in text:
        problems.append(f"{m['file']}: column URL {m['column_url']} not in the mail")
    for link in m["article_links"]:
        if link not in text:
            problems.append(f"{m['file']}: article link {link} not in the mail")
    person = m["liaison"] or {}
    if person.get("email") and person["email"] not in text:
        problems.append(f"{m['file']}: liaison email not in the mail")
    if person.get("mobile") and person["mobile"] not in digits:
        problems.append(f"{m['file']}: liaison mobile not in the mail")
    if person.get("name") and person["name"] not in re.sub(r"\s", "", text):
        problems.append(f"{m['file']}: liaison name not in the mail")


def main() -> int:
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    problems: list[str] = []
    for m in labels["messages"]:
        check(m, problems)
    derived = derive(labels["messages"])
    for unit, row in MATRIX.items():
        for req, want in row.items():
            got = derived.get(unit, {}).get(req)
            if got != want:
                problems.append(f"matrix {unit}/{req}: hand {want}, derived {got}")
    for p in problems:
        print(p)
    print(f"{len(labels['messages'])} messages checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
