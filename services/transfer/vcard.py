"""vCards (2.1, 3.0, 4.0: Google, Apple, Outlook, Android, Thunderbird) as a table of text
cells, one contact a row, so that they go through the same mapping, checks, dry run and report
as a spreadsheet. A property that cannot be read is left out with a warning, never the contact.
"""

from __future__ import annotations

import base64
import datetime as dt
import quopri
import re

import charset_normalizer
import vobject

from services.core.errors import ServiceError
from services.transfer.table import VCARD_MULTI, Table

# (column, field): each contact a row under these columns, named as the vCard writes them so
# that a message says which property a value came from
VCARD_COLUMNS = (("N: family", "family_name"), ("N: given", "given_name"),
                 ("N: additional", "patronymic"), ("FN", "full_name_given_first"),
                 ("NICKNAME", "nickname"), ("ORG", "company"), ("TITLE", "job_title"),
                 ("GENDER", "sex"), ("LANG", "language"),
                 ("TEL;TYPE=CELL", "phone:mobile"), ("TEL;TYPE=HOME", "phone:home"),
                 ("TEL;TYPE=WORK", "phone:work"), ("TEL", "phone"),
                 ("EMAIL;TYPE=HOME", "email:home"), ("EMAIL;TYPE=WORK", "email:work"),
                 ("EMAIL", "email"), ("BDAY", "birthday"), ("ANNIVERSARY", "anniversary"),
                 ("ADR;TYPE=HOME", "adr:home"), ("ADR;TYPE=WORK", "adr:work"), ("ADR", "adr"),
                 ("URL", "website"), ("IMPP", "messenger"), ("NOTE", "notes"),
                 ("CATEGORIES", "tags"), ("UID", "external_id"), ("PHOTO", "photo"),
                 ("PREF", "preferred"))
VCARD_FIELDS = dict(VCARD_COLUMNS)
# a value with a label of its own ("fax", or what Apple's item1.X-ABLabel says) gets a column
# of its own, "TEL (fax)", and keeps the label
_LABELLED = re.compile(r"^(TEL|EMAIL|ADR|URL|IMPP|X-REGULARS-DATE) \((.+)\)$")
_LABELLED_FIELDS = {"TEL": "phone", "EMAIL": "email", "ADR": "adr", "URL": "website",
                    "IMPP": "messenger"}
_PLAIN_TYPES = {"pref", "voice", "internet", "x400", "cell", "mobile", "iphone", "home", "work",
                "main", "other", "dom", "intl", "postal", "parcel", "msg"}
_QP_PARAMS = re.compile(r";(?:ENCODING=)?QUOTED-PRINTABLE", re.IGNORECASE)
_CHARSET = re.compile(r";CHARSET=([^;:]+)", re.IGNORECASE)
_CARD = re.compile(r"^BEGIN:VCARD\s*$(.*?)^END:VCARD\s*$", re.IGNORECASE | re.MULTILINE | re.DOTALL)
MAX_REPAIRS = 20


def _qp_text(raw: bytes, charset: str | None) -> str:
    if charset:
        try:
            return raw.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(raw).best()
        return str(best) if best is not None else raw.decode("latin-1")


def _unquote_21(text: str) -> str:
    """vCard 2.1 (Android, old Outlook) writes non-ASCII values quoted-printable, with soft
    line breaks; vobject reads 3.0 and 4.0, so those lines are decoded here first. Without a
    CHARSET the bytes are UTF-8 if they decode as such, else what charset-normalizer finds."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        name, colon, value = line.partition(":")
        if colon and _QP_PARAMS.search(name):
            while value.endswith("=") and i + 1 < len(lines):
                i += 1
                value = value[:-1] + lines[i]
            m = _CHARSET.search(name)
            decoded = _qp_text(quopri.decodestring(value.encode("ascii", "replace")),
                               m.group(1) if m else None)
            name = _CHARSET.sub("", _QP_PARAMS.sub("", name))
            # a decoded line break would end the line: written as vCard's escaped \n
            decoded = decoded.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
            line = f"{name}:{decoded}"
        elif colon and _CHARSET.search(name):
            line = f"{_CHARSET.sub('', name)}:{value}"
        out.append(line)
        i += 1
    return "\r\n".join(out)


def vcard_field(header: str) -> str | None:
    """The field of a column this reader makes, or None for any other header."""
    if header in VCARD_FIELDS:
        return VCARD_FIELDS[header]
    m = _LABELLED.match(header)
    if m and m.group(1) == "X-REGULARS-DATE":  # the other dates our own export writes
        return "name_day" if m.group(2) == "name_day" else f"date:{m.group(2)}"
    return _LABELLED_FIELDS[m.group(1)] if m else None


def column_label(header: str) -> str:
    """The label a column of this reader gives its values: "TEL (fax)" → fax."""
    m = _LABELLED.match(header)
    return m.group(2) if m else ""


def _apple_label(text: str) -> str:
    """Apple writes its own labels as _$!<Other>!$_ and the user's as they are."""
    m = re.match(r"^_\$!<(.*)>!\$_$", text.strip())
    return (m.group(1) if m else text.strip()).lower()[:60]


def _types(prop) -> set[str]:
    """A property's TYPE labels in every vCard dialect: TYPE=CELL,VOICE (3.0), TYPE=cell;
    TYPE=pref (4.0), and the bare CELL of 2.1."""
    out: set[str] = set()
    for key, values in prop.params.items():
        if key.upper() == "TYPE":
            for v in values:
                out.update(x.strip().strip('"').lower() for x in v.split(","))
        elif not values:
            out.add(key.lower())
    out.update(x.lower() for x in getattr(prop, "singletonparams", ()))  # 2.1's bare CELL
    return out


def _label(kinds: set[str]) -> str:
    if kinds & {"cell", "mobile", "iphone"}:
        return "mobile"
    if "home" in kinds:
        return "home"
    if "work" in kinds:
        return "work"
    return ""


def _vcard_date(prop) -> str:
    value = prop.value
    if isinstance(value, (dt.date, dt.datetime)):
        value = value.isoformat()[:10]
    text = str(value).strip()
    m = re.match(r"^(\d{4})-?(\d{2})-?(\d{2})", text)
    if m:
        # Apple Contacts writes a birthday without a year as 1604-MM-DD and says so
        omit = {k.upper(): v for k, v in prop.params.items()}.get("X-APPLE-OMIT-YEAR")
        if m.group(1) == (omit[0] if omit else "1604"):
            return f"--{m.group(2)}-{m.group(3)}"
        return "-".join(m.groups())
    m = re.match(r"^--(\d{2})-?(\d{2})", text)
    if m:
        return f"--{m.group(1)}-{m.group(2)}"
    return text


def _flat(value) -> str:
    if isinstance(value, list):
        return " ".join(_flat(v) for v in value if _flat(v)).strip()
    return str(value or "").strip()


def _n_parts(card) -> tuple[str, str, str]:
    n = getattr(card, "n", None)
    if n is None:
        return "", "", ""
    value = n.value
    if isinstance(value, str):  # a card vobject could not split
        parts = (value.split(";") + ["", "", ""])[:3]
        return parts[0].strip(), parts[1].strip(), parts[2].strip()
    return _flat(value.family), _flat(value.given), _flat(value.additional)


def _logical_lines(block: str) -> list[str]:
    """A card's properties, folded lines joined (a line starting with a space or a tab goes
    on the one before)."""
    out: list[str] = []
    for line in block.split("\n"):
        line = line.rstrip("\r")
        if line[:1] in (" ", "\t") and out:
            out[-1] += "\n" + line
        elif line.strip():
            out.append(line)
    return out


def _read_card(lines: list[str], warnings: list[str]):
    """One card through vobject; a property it cannot read is left out with a warning and
    the card read again without it, so one broken PHOTO or PROFILE never loses the person."""
    if any(x.strip().upper() == "VERSION:2.1" for x in lines):
        # 2.1 does not escape commas in text, which a 3.0 reader takes as list separators
        lines = [_escape_commas(x) if re.match(r"^NOTE[;:]", x, re.IGNORECASE) else x
                 for x in lines]
    for _ in range(MAX_REPAIRS):
        text = "BEGIN:VCARD\r\n" + "\r\n".join(lines) + "\r\nEND:VCARD\r\n"
        try:
            return vobject.readOne(text, ignoreUnreadable=True)
        except Exception as exc:  # noqa: BLE001 - vobject raises many kinds on bad input
            bad = _bad_line(exc, lines)
            if bad is None:
                raise
            name = lines[bad].split(":", 1)[0].split(";", 1)[0]
            warnings.append(f"the {name} property cannot be read ({_reason(exc)}); left out")
            del lines[bad]
    raise ValueError("too many broken properties")


def _escape_commas(line: str) -> str:
    name, _, value = line.partition(":")
    return name + ":" + re.sub(r"(?<!\\),", r"\\,", value)


def _bad_line(exc: Exception, lines: list[str]) -> int | None:
    text = str(exc)
    if "PROFILE" in text:
        return next((i for i, x in enumerate(lines) if x.upper().startswith("PROFILE")), None)
    if "base64" in text.lower():  # a broken picture (or sound, or key) in base64
        return next((i for i, x in enumerate(lines)
                     if re.search(r";(?:ENCODING=)?(?:B|BASE64)[;:]",
                                  x.split(":", 1)[0] + ":", re.IGNORECASE)), None)
    number = getattr(exc, "lineNumber", None)
    if number:
        # vobject counts the physical lines of the text it was given, from 1, BEGIN first
        physical = 1
        for i, line in enumerate(lines):
            physical += line.count("\n") + 1
            if physical >= number:
                return i
    failing = re.search(r"line: (.*)$", text.splitlines()[0] if text else "")
    if failing:
        needle = failing.group(1).strip()
        return next((i for i, x in enumerate(lines) if needle and needle in x), None)
    return None


def _reason(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:120]


def read_vcards(text: str, source: str, encoding: str | None = None) -> Table:
    """Each contact a row under VCARD_COLUMNS, so that vCards go through the same checks,
    dry run and report as a spreadsheet."""
    text = _unquote_21(text.lstrip("\ufeff")).replace("\r\n", "\n")
    table = Table(source, [c for c, _f in VCARD_COLUMNS], [], [], "vcard", encoding)
    cells: list[dict[str, list[str]]] = []
    numbers: list[int] = []
    matches = list(_CARD.finditer(text))
    blocks = [m.group(1) for m in matches]
    rest = text[matches[-1].end():] if matches else text
    cut = re.search(r"^BEGIN:VCARD\s*$", rest, re.IGNORECASE | re.MULTILINE)
    if cut:  # the file ends inside a contact: what there is of it is read
        blocks.append(rest[cut.end():])
    if not blocks:
        raise ServiceError(f"{source}: no contacts (no BEGIN:VCARD … END:VCARD)")
    for number, block in enumerate(blocks, start=1):  # "row" N: the file's Nth contact
        warnings: list[str] = []
        try:
            card = _read_card(_logical_lines(block), warnings)
            cells.append(_vcard_row(card, warnings))
        except Exception as exc:  # noqa: BLE001 - one odd card must not stop the others
            table.problems.append((number, f"this contact cannot be read ({_reason(exc)})"))
            continue
        numbers.append(number)
        if cut and number == len(blocks):
            warnings.append("the file ends inside this contact (was it cut short?); read as "
                            "far as it goes")
        table.warnings += [(number, w) for w in warnings]
    extra = [c for row in cells for c in row if c not in VCARD_FIELDS]
    table.headers += list(dict.fromkeys(extra))
    table.rows = [[VCARD_MULTI.join(row.get(c, [])) for c in table.headers] for row in cells]
    table.numbers = numbers
    return table


def _adr(prop) -> str:
    """An ADR as one cell: its seven parts joined by ';' (a ';' inside a part as \\;), and the
    recipient (X-RECIPIENT, as our own export writes it) as an eighth when there is one."""
    adr = prop.value

    def part(name: str) -> str:
        value = getattr(adr, name, "")
        value = "\n".join(value) if isinstance(value, list) else str(value or "")
        return value.strip().replace(";", "\\;")

    parts = [part(n) for n in ("box", "extended", "street", "city", "region", "code",
                               "country")]
    recipient = prop.params.get("X-RECIPIENT", [""])[0].strip()
    return ";".join(parts + ([recipient.replace(";", "\\;")] if recipient else []))


def _photo(prop) -> str:
    value = prop.value
    if isinstance(value, bytes):
        kind = next(iter(_types(prop) - {"pref"}), "jpeg")
        kind = kind if "/" in kind else f"image/{kind}"
        return f"data:{kind};base64," + base64.b64encode(value).decode("ascii")
    text = str(value or "").strip()
    return text if text.startswith("data:") else ""  # a link to a picture is not the picture


def _vcard_row(card, warnings: list[str]) -> dict[str, list[str]]:
    family, given, additional = _n_parts(card)
    multi: dict[str, list[str]] = {}
    grouped = {p.group.lower(): _apple_label(str(p.value)) for p in
               card.contents.get("x-ablabel", []) if getattr(p, "group", None)}

    def put(column: str, value: str) -> None:
        if value:
            multi.setdefault(column, []).append(value)

    def own_label(prop) -> str:
        """A label the fixed columns have no room for: the group's, else an odd TYPE."""
        label = grouped.get((getattr(prop, "group", None) or "").lower(), "")
        if label and label not in ("home", "work", "mobile", "other"):
            return label
        odd = sorted(_types(prop) - _PLAIN_TYPES)
        if odd:
            return " ".join(odd)[:60]
        return prop.params.get("X-LABEL", [""])[0].strip()[:60]  # as our own export writes it

    def put_typed(name: str, prop, value: str, typed: dict[str, str]) -> None:
        label = own_label(prop)
        put(f"{name} ({label})" if label else typed.get(_label(_types(prop)), name), value)
        if "pref" in _types(prop) or any(k.upper() == "PREF" for k in prop.params):
            put("PREF", f"{name}:{value}")  # the one to use first, of its kind

    put("N: family", family)
    put("N: given", given)
    put("N: additional", additional)
    org = _flat(card.org.value) if hasattr(card, "org") else ""
    if not (family or given) and hasattr(card, "fn") and _flat(card.fn.value) != org:
        put("FN", _flat(card.fn.value))  # a company's card names the company, not a person
    for name, column in (("nickname", "NICKNAME"), ("title", "TITLE"), ("org", "ORG"),
                         ("lang", "LANG"), ("note", "NOTE"), ("uid", "UID")):
        for prop in card.contents.get(name, [])[:1 if name != "note" else None]:
            value = _flat(prop.value)
            if name == "uid":
                value = "vcard:" + value if value else ""
            put(column, value)
    for prop in card.contents.get("gender", [])[:1]:
        put("GENDER", _flat(prop.value).split(";")[0])
    for prop in card.contents.get("x-gender", [])[:1]:
        put("GENDER", _flat(prop.value))
    for prop in card.contents.get("x-language", [])[:1]:
        put("LANG", _flat(prop.value))
    for prop in card.contents.get("tel", []):
        value = str(prop.value).strip()
        put_typed("TEL", prop, value[4:] if value.lower().startswith("tel:") else value,
                  {"mobile": "TEL;TYPE=CELL", "home": "TEL;TYPE=HOME", "work": "TEL;TYPE=WORK"})
    for prop in card.contents.get("email", []):
        put_typed("EMAIL", prop, str(prop.value).strip(),
                  {"home": "EMAIL;TYPE=HOME", "work": "EMAIL;TYPE=WORK"})
    for prop in card.contents.get("adr", []):
        put_typed("ADR", prop, _adr(prop), {"home": "ADR;TYPE=HOME", "work": "ADR;TYPE=WORK"})
    for prop in card.contents.get("url", []):
        put("URL", str(prop.value).strip())
    for name in ("impp", "x-socialprofile", "x-skype", "x-jabber", "x-icq", "x-aim", "x-msn",
                 "x-yahoo", "x-twitter", "x-telegram"):
        for prop in card.contents.get(name, []):
            put("IMPP", str(prop.value).strip())
    for name, column in (("bday", "BDAY"), ("anniversary", "ANNIVERSARY"),
                         ("x-anniversary", "ANNIVERSARY")):
        for prop in card.contents.get(name, [])[:1]:
            put(column, _vcard_date(prop))
    if hasattr(card, "categories"):
        value = card.categories.value
        put("CATEGORIES", ", ".join(value) if isinstance(value, list) else str(value))
    for prop in card.contents.get("photo", [])[:1]:
        try:
            put("PHOTO", _photo(prop))
        except Exception as exc:  # noqa: BLE001 - a broken picture must not lose the person
            warnings.append(f"the PHOTO cannot be read ({_reason(exc)}); left out")
    for prop in card.contents.get("x-regulars-date", []):
        kind = prop.params.get("X-KIND", [""])[0].strip().lower()
        put(f"X-REGULARS-DATE ({kind or 'custom'})", _vcard_date(prop))
    return multi
