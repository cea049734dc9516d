"""Documents for the tests, made here (no third-party files): a PDF written by hand with a
CJK font whose text layer maps back to Unicode, a DOCX written with python-docx, HTML pages."""
from __future__ import annotations

import io

PAGE_W, PAGE_H = 595, 842


def _hex(text: str) -> str:
    return "".join(f"{ord(ch):04X}" for ch in text)


def _to_unicode(chars: set[str]) -> bytes:
    codes = sorted(ord(c) for c in chars)
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
             "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
    for i in range(0, len(codes), 100):
        chunk = codes[i:i + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines += [f"<{c:04X}> <{c:04X}>" for c in chunk]
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


def make_pdf(pages: list[list[tuple[float, float, str]] | None], *, size: float = 12,
             title: str | None = None) -> bytes:
    """A PDF whose pages hold the given lines, each (x, y from the top, text); a page given as
    None has no text layer (a scanned page: an image only)."""
    chars = {ch for page in pages if page for _, _, text in page for ch in text}
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(data: bytes, extra: str = "") -> bytes:
        return f"<< /Length {len(data)} {extra}>>\nstream\n".encode() + data + b"\nendstream"

    catalog = add(b"")                                  # filled in below
    pages_obj = add(b"")
    tounicode = add(stream(_to_unicode(chars or {" "})))
    descriptor = add(b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 4 /FontBBox [0 -200 1000 900] "
                     b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>")
    cidfont = add(f"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo "
                  f"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {descriptor} 0 R "
                  f"/DW 1000 >>".encode())
    font = add(f"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H "
               f"/DescendantFonts [{cidfont} 0 R] /ToUnicode {tounicode} 0 R >>".encode())
    image = add(stream(bytes([128]) * 64, "/Type /XObject /Subtype /Image /Width 8 /Height 8 "
                                         "/ColorSpace /DeviceGray /BitsPerComponent 8 "))
    kids = []
    for page in pages:
        if page is None:
            content = f"q {PAGE_W - 100} 0 0 {PAGE_H - 100} 50 50 cm /Im1 Do Q".encode()
        else:
            ops = []
            for x, y, text in page:
                ops.append(f"BT /F1 {size} Tf 1 0 0 1 {x} {PAGE_H - y} Tm <{_hex(text)}> Tj ET")
            content = "\n".join(ops).encode()
        contents = add(stream(content))
        kids.append(add(f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
                        f"/Resources << /Font << /F1 {font} 0 R >> /XObject << /Im1 {image} 0 R >> >> "
                        f"/Contents {contents} 0 R >>".encode()))
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {pages_obj} 0 R >>".encode()
    objects[pages_obj - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                              f"/Count {len(kids)} >>").encode()
    info = None
    if title:
        info = add(f"<< /Title <FEFF{_hex(title)}> /CreationDate (D:20240315120000) >>".encode())
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    trailer = f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R"
    if info:
        trailer += f" /Info {info} 0 R"
    out.write(f"{trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()
