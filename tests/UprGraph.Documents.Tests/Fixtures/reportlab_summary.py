"""Lays out a summary as a PDF with ReportLab, another producer than PdfPig's writer, the way word processors do:
Times-Roman 10 pt, lines justified by word spacing (Tw), footnote numbers as smaller text raised by text rise (Ts),
paragraph numbers in the left column, the symbol as running header and the page number as footer.

usage: /usr/bin/python3 reportlab_summary.py LINES.json OUT.pdf HEADER LINES_PER_PAGE
LINES.json: [{"label": "12." or null, "segments": [["text", false], ["3", true], ...]}, ...]
"""
import json
import sys

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

SIZE, NOTE_SIZE, RISE, LEADING = 10, 6.5, 3.5, 12
LEFT, INDENT, RIGHT = 56.7, 85, A4[0] - 56.7


def width(segments):
    return sum(stringWidth(text, "Times-Roman", NOTE_SIZE if note else SIZE) for text, note in segments)


def draw_line(canvas, line, y):
    if line["label"]:
        canvas.setFont("Times-Roman", SIZE)
        canvas.drawString(LEFT, y, line["label"])
    x = INDENT if line["label"] else LEFT
    segments = line["segments"]
    spaces = sum(text.count(" ") for text, note in segments if not note)
    slack = RIGHT - x - width(segments)
    # Justify lines that nearly fill the measure, as the last line of a paragraph is not.
    word_space = slack / spaces if spaces and 0 < slack < 60 else 0
    t = canvas.beginText(x, y)
    t.setWordSpace(word_space)
    for text, note in segments:
        if note:
            t.setFont("Times-Roman", NOTE_SIZE)
            t.setRise(RISE)
            t.textOut(text)
            t.setRise(0)
        else:
            t.setFont("Times-Roman", SIZE)
            t.textOut(text)
    canvas.drawText(t)


def main(lines_path, out_path, header, per_page):
    with open(lines_path, encoding="utf-8") as f:
        lines = json.load(f)
    canvas = Canvas(out_path, pagesize=A4, invariant=1)
    for start in range(0, len(lines), per_page):
        canvas.setFont("Times-Roman", SIZE)
        canvas.drawString(LEFT, A4[1] - 40, header)
        y = A4[1] - 70
        for line in lines[start:start + per_page]:
            draw_line(canvas, line, y)
            y -= LEADING
        canvas.setFont("Times-Roman", SIZE)
        canvas.drawRightString(RIGHT, 40, str(start // per_page + 1))
        canvas.showPage()
    canvas.save()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
