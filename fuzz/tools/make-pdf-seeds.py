#!/usr/bin/env python3
"""Writes the small PDF seeds of the pdf fuzz target (fuzz/corpus/pdf) from text seeds of the text target.

Each PDF lays the tab-separated cells of a text seed out on a page, one line per text line, with a Type0 font
(Identity-H, CIDFontType2) that has no embedded program, only widths and a ToUnicode CMap: PdfPig reads the text
from that, and the file stays a few KB (the real disclosures embed CJK fonts and are 100-650 KB). Variants: plain
content stream, Flate-compressed, with table rules, and a two-page one. Run from the repository root:
    python3 fuzz/tools/make-pdf-seeds.py
"""
import zlib

def pdf(pages, compress=False, rules=False):
    chars = sorted({c for lines in pages for line in lines for cell in line for c in cell})
    cid = {c: i + 1 for i, c in enumerate(chars)}
    objs = []
    def add(body):
        objs.append(body)
        return len(objs)
    cmap_lines = ["/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
                  "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                  "/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
                  "1 begincodespacerange <0000> <FFFF> endcodespacerange"]
    items = list(cid.items())
    for start in range(0, len(items), 100):
        chunk = items[start:start + 100]
        cmap_lines.append(f"{len(chunk)} beginbfchar")
        for c, n in chunk:
            u = c.encode("utf-16-be").hex().upper()
            cmap_lines.append(f"<{n:04X}> <{u}>")
        cmap_lines.append("endbfchar")
    cmap_lines += ["endcmap CMapName currentdict /CMap defineresource pop end end"]
    cmap = "\n".join(cmap_lines).encode()
    tounicode = add(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    widths = " ".join(f"{n} [{500 if ord(c) < 128 else 1000}]" for c, n in cid.items())
    desc = add(b"<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -140 1000 860] /ItalicAngle 0 "
               b"/Ascent 860 /Descent -140 /CapHeight 700 /StemV 80 >>")
    cidfont = add(("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) "
                   f"/Ordering (Identity) /Supplement 0 >> /FontDescriptor {desc} 0 R /DW 1000 /W [{widths}] "
                   "/CIDToGIDMap /Identity >>").encode())
    font = add(f"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [{cidfont} 0 R] "
               f"/ToUnicode {tounicode} 0 R >>".encode())
    page_ids = []
    pages_id = len(objs) + 2 * len(pages) + 1
    for lines in pages:
        ops = []
        y = 800
        for line in lines:
            x = 40
            for cell in line:
                if cell:
                    hexs = "".join(f"{cid[c]:04X}" for c in cell)
                    ops.append(f"BT /F1 9 Tf {x} {y} Td <{hexs}> Tj ET")
                x += 105
            if rules and len(line) > 1:
                ops.append(f"0.5 w 36 {y - 4} m {36 + 105 * len(line)} {y - 4} l S")
            y -= 16
        content = "\n".join(ops).encode()
        if compress:
            data = zlib.compress(content)
            stream = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        else:
            stream = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        page_ids.append(add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 595 842] "
                            f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {stream} 0 R >>".encode()))
    # pad so that the pages object gets the id promised above
    while len(objs) < pages_id - 1:
        add(b"null")
    add(f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in page_ids)}] /Count {len(page_ids)} >>".encode())
    catalog = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode())
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, catalog, xref)
    return bytes(out)

def lines_of(path, limit):
    text = open(path, encoding="utf-8").read().split("\n")
    return [l.split("\t") for l in text if l.strip()][:limit]

if __name__ == "__main__":
    base = "fuzz/corpus/text/"
    ops = lines_of(base + "seed-09.txt", 40)
    summary = lines_of(base + "seed-01.txt", 30)
    sheet = lines_of(base + "sheet-00.txt", 24)
    open("fuzz/corpus/pdf/operating-plain.pdf", "wb").write(pdf([ops]))
    open("fuzz/corpus/pdf/operating-flate-ruled.pdf", "wb").write(pdf([ops], compress=True, rules=True))
    open("fuzz/corpus/pdf/summary-two-pages.pdf", "wb").write(pdf([summary[:12], summary[:6] + summary[12:]], compress=True))
    open("fuzz/corpus/pdf/sheet-ruled.pdf", "wb").write(pdf([sheet], compress=True, rules=True))
