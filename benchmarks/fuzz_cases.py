"""The cases of the import's fuzzing (``fuzz_import.py``, and a quick subset in the tests).

Seed PDFs (../shared/samples when present, the app's own Factur-X invoice, a text invoice),
byte-level mutations of them that aim at the parser's soft spots, and hypothesis strategies
for near-PDFs and for the embedded Factur-X XML.
"""

from __future__ import annotations

import functools
import importlib.util
import io
import random
import re
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT.parent / "shared" / "samples" / "invoices-fr"
INTERESTING = (0, 1, -1, 2, 255, 65_536, 2**31 - 1, 2**31, 2**32 + 1, 2**63, 10**12, 10**40)
TEXT_LINES = (
    "Jean Dupont EI - SIRET : 732 829 320 00074",
    "Facture n° FA-2026-011 - Date : 28/11/2026",
    "Facturé à : LITTLE BIG CONNECTION SAS, SIRET 793 569 757 00016",
    "Période du 01/11/2026 au 30/11/2026",
    "Total HT : 11 100,00 €  TVA 20 % : 2 220,00 €  Total TTC : 13 320,00 €",
)
HOSTILE_TEXTS = ("<b>bold</b><img src=x>", "&amp;&#0;&#xFFFF;", "NaN", "1e999999", "-0", "99999999")
# The heaviest shapes; the quick tests lower them to stay within seconds.
DEPTHS = (100, 1_000, 5_000, 50_000, 200_000)
BOMB_MEGABYTES = (10, 100, 400)
Mutator = Callable[[random.Random, bytes], bytes]


# --- Seeds ----------------------------------------------------------------------------


def text_invoice_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(ROOT / "connect_desktop/resources/fonts/DejaVuSans.ttf"))
    pdf.set_font("DejaVu", size=10)
    for line in TEXT_LINES:
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def own_invoice_pdf() -> bytes:
    """The app's own Factur-X invoice (PDF/A-3 with its XML), as ``pdfs.py`` makes it."""
    spec = importlib.util.spec_from_file_location("pdfs", Path(__file__).with_name("pdfs.py"))
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    from connect_desktop.services.own_invoice_pdf import own_invoice_pdf_bytes

    return own_invoice_pdf_bytes(module.own_invoice_sample(7))


def seed_pdfs(own_invoice: bool = True) -> dict[str, bytes]:
    """The samples, a text invoice and (slower to make: it is validated) the app's own."""
    seeds = {path.name: path.read_bytes() for path in sorted(SAMPLES.glob("*.pdf"))}
    if own_invoice:
        seeds["own_invoice.pdf"] = own_invoice_pdf()
    seeds["text_invoice.pdf"] = text_invoice_pdf()
    return seeds


def xml_template(seeds: dict[str, bytes]) -> bytes:
    """A real Factur-X XML to mutate: the app's own, else the first seed's that has one."""
    for name in ("own_invoice.pdf", *sorted(seeds)):
        try:
            return embedded_xml(seeds[name])
        except Exception:  # no such seed, or no XML in it
            continue
    return b"<rsm:CrossIndustryInvoice/>"


def embedded_xml(pdf: bytes) -> bytes:
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(pdf)).attachments["factur-x.xml"][0]


def with_xml(pdf: bytes, xml: bytes, name: str = "factur-x.xml") -> bytes:
    """``pdf`` (without attachments) carrying ``xml`` as its Factur-X file."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_attachment(name, xml)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# --- Byte mutations -------------------------------------------------------------------


def flip_bits(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 64)):
        out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def truncate(rng: random.Random, data: bytes) -> bytes:
    # Mostly keep an end marker, or the import refuses the file before the parser sees it.
    return data[: rng.randrange(len(data))] + (b"\n%%EOF\n" if rng.random() < 0.8 else b"")


def duplicate_chunk(rng: random.Random, data: bytes) -> bytes:
    start = rng.randrange(len(data))
    chunk = data[start : start + rng.randint(1, 4096)] * rng.randint(1, 8)
    at = rng.randrange(len(data))
    return data[:at] + chunk + data[at:]


def delete_chunk(rng: random.Random, data: bytes) -> bytes:
    start = rng.randrange(len(data))
    return data[:start] + data[start + rng.randint(1, 4096) :]


_NUMBER = re.compile(rb"(?<![\w.])\d+(?![\w.])")


def replace_numbers(rng: random.Random, data: bytes) -> bytes:
    found = list(_NUMBER.finditer(data[:2_000_000]))
    if not found:
        return flip_bits(rng, data)
    chosen = sorted(rng.sample(found, min(len(found), rng.randint(1, 8))), key=lambda m: m.start())
    for match in reversed(chosen):
        value = rng.choice(INTERESTING) * rng.choice((1, 1, -1))
        data = data[: match.start()] + str(value).encode() + data[match.end() :]
    return data


def huge_count(rng: random.Random, data: bytes) -> bytes:
    value = str(rng.choice((10**9, 2**31, 2**63, 10**40, -1, 0, 51))).encode()
    return re.sub(rb"/Count\s+-?\d+", b"/Count " + value, data)


def deep_nesting(rng: random.Random, data: bytes) -> bytes:
    depth = rng.choice(DEPTHS)
    nested = {
        "array": b"[" * depth + b"]" * depth,
        "dict": b"<</A " * depth + b">>" * depth,
        "open": b"[" * depth,
    }[rng.choice(("array", "dict", "open"))]
    places = [m.end() for m in re.finditer(rb"<<|/Kids\s*\[", data)] or [len(data) // 2]
    at = rng.choice(places)
    return data[:at] + b" /Deep " + nested + b" " + data[at:]


def broken_xref(rng: random.Random, data: bytes) -> bytes:
    choice = rng.randrange(5)
    if choice == 0:  # the offsets of a classic table
        return re.sub(
            rb"\b\d{10} (\d{5}) ([nf])",
            lambda m: b"%010d %s %s" % (rng.randrange(10**10), m[1], m[2]),
            data,
        )
    if choice == 1:
        return re.sub(rb"startxref\s+\d+", b"startxref %d" % rng.choice(INTERESTING), data)
    if choice == 2:  # an xref stream's field widths and size
        data = re.sub(
            rb"/W\s*\[[^\]]*\]", b"/W [%d %d %d]" % tuple(rng.randrange(9) for _ in range(3)), data
        )
        return re.sub(rb"/Size\s+\d+", b"/Size %d" % rng.choice(INTERESTING), data)
    if choice == 3:
        return data.replace(b"xref", b"xerf")
    return re.sub(rb"/Prev\s+\d+", b"/Prev %d" % rng.randrange(len(data)), data) + (
        b"\ntrailer <</Size 3 /Root 1 0 R /Prev 0>>\nstartxref 0\n%%EOF\n"
    )


@functools.cache
def zip_bomb(megabytes: int) -> bytes:
    return zlib.compress(b"\0" * megabytes * 1024 * 1024, 9)


def bogus_flate(rng: random.Random, data: bytes) -> bytes:
    streams = list(re.finditer(rb"stream\r?\n", data))
    if not streams:
        return flip_bits(rng, data)
    start = rng.choice(streams).end()
    end = data.find(b"endstream", start)
    end = len(data) if end == -1 else end
    kind = rng.randrange(4)
    if kind == 0:
        body = rng.randbytes(rng.randint(0, 2048))
    elif kind == 1:  # a zip bomb: a few kilobytes that inflate to hundreds of megabytes
        body = zip_bomb(rng.choice(BOMB_MEGABYTES))
    elif kind == 2:
        body = zlib.compress(rng.randbytes(4096))[: rng.randint(2, 200)]
    else:
        operators = b"BT /F1 12 Tf (" + b"A" * rng.randint(1, 10**5) + b") Tj ET " * 50
        body = zlib.compress(operators)
    head = data[:start]
    if rng.random() < 0.5:
        head = head.replace(b"/Length", b"/Filter /FlateDecode /Length", 1)
    return head + body + b"\n" + data[end:]


_TEXT_NODE = re.compile(rb">([^<>]+)<")


def random_text(rng: random.Random) -> str:
    if rng.random() < 0.4:
        return rng.choice(HOSTILE_TEXTS)
    alphabet = "aé€0129 .,-/<>&;\"'\n\t\u202f\ufeff\U0001f600\x00\x1f"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300)))


def random_xml(rng: random.Random, template: bytes) -> bytes:
    kind = rng.randrange(5)
    if kind == 0:  # the real XML with some of its values replaced
        nodes = list(_TEXT_NODE.finditer(template))
        chosen = sorted(
            rng.sample(nodes, min(len(nodes), rng.randint(1, 10))), key=lambda m: m.start()
        )
        for match in reversed(chosen):
            value = random_text(rng).encode("utf-8", "surrogatepass")
            template = template[: match.start(1)] + value + template[match.end(1) :]
        return template
    if kind == 1:
        return rng.randbytes(rng.randint(0, 4096))
    if kind == 2:  # entity expansion and external entities
        return (
            b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;"><!ENTITY c SYSTEM "file:///etc/passwd">]>'
            b"<rsm:CrossIndustryInvoice>&b;&c;</rsm:CrossIndustryInvoice>"
        )
    if kind == 3:  # deep elements
        depth = rng.choice((1_000, 100_000))
        return (
            b"<CrossIndustryInvoice>"
            + b"<a>" * depth
            + b"</a>" * depth
            + b"</CrossIndustryInvoice>"
        )
    return flip_bits(rng, template)


def mutation_cases(seeds: dict[str, bytes], count: int, seed: int) -> list[tuple[str, bytes]]:
    """``count`` deterministic cases: (mutator names, bytes)."""
    rng = random.Random(seed)
    text_pdf = seeds["text_invoice.pdf"]
    template = xml_template(seeds)
    mutators: dict[str, Mutator] = {
        "flip_bits": flip_bits,
        "truncate": truncate,
        "duplicate_chunk": duplicate_chunk,
        "delete_chunk": delete_chunk,
        "replace_numbers": replace_numbers,
        "huge_count": huge_count,
        "deep_nesting": deep_nesting,
        "broken_xref": broken_xref,
        "bogus_flate": bogus_flate,
        "replace_xml": lambda r, _data: with_xml(text_pdf, random_xml(r, template)),
    }
    names = list(mutators)
    cases = []
    for _ in range(count):
        data = seeds[rng.choice(sorted(seeds))]
        applied = rng.choices(names, k=1 if rng.random() < 0.7 else rng.randint(2, 3))
        for name in applied:
            data = mutators[name](rng, data) or b"%PDF-"
        cases.append(("+".join(applied), data))
    return cases


# --- Hypothesis strategies ------------------------------------------------------------


def strategies(text_pdf: bytes, template: bytes) -> Any:
    """Near-PDFs built from generated objects, and generated Factur-X XML in a real PDF."""
    from hypothesis import strategies as st

    names = st.sampled_from(
        ["/Type", "/Pages", "/Page", "/Kids", "/Count", "/Parent", "/Contents", "/Length",
         "/Filter", "/FlateDecode", "/MediaBox", "/Root", "/Names", "/EmbeddedFiles", "/EF",
         "/F", "/Resources", "/Font", "/Catalog", "/Size", "/Prev", "/W", "/XRef"]
    )  # fmt: skip
    atoms = st.one_of(
        names,
        st.integers(-(2**64), 2**64).map(str),
        st.builds("{} 0 R".format, st.integers(-2, 40)),
        st.text(max_size=20).map(lambda t: "(" + t + ")"),
        st.sampled_from(["true", "null", "1.5e308", "<FEFF00>", "[", "]", "<<", ">>"]),
    )
    values = st.recursive(
        atoms,
        lambda inner: st.one_of(
            st.lists(inner, max_size=5).map(lambda v: "[" + " ".join(v) + "]"),
            st.lists(st.tuples(names, inner), max_size=5).map(
                lambda kv: "<<" + " ".join(f"{k} {v}" for k, v in kv) + ">>"
            ),
        ),
        max_leaves=20,
    )
    streams = st.one_of(
        st.binary(max_size=300),
        st.text(max_size=200).map(lambda t: zlib.compress(f"BT ({t}) Tj ET".encode())),
    )
    objects = st.lists(st.tuples(values, st.none() | streams), min_size=1, max_size=8)

    @st.composite
    def near_pdf(draw: Any) -> bytes:
        out = bytearray(draw(st.sampled_from([b"%PDF-1.4\n", b"%PDF-2.0\n%\xe2\xe3\n", b"%PDF-"])))
        offsets = []
        for number, (value, stream) in enumerate(draw(objects), start=1):
            offsets.append(len(out))
            out += f"{number} 0 obj\n{value}\n".encode("utf-8", "surrogatepass")
            if stream is not None:
                out += b"stream\n" + stream + b"\nendstream\n"
            out += b"endobj\n"
        xref = len(out)
        if draw(st.booleans()):
            out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)
            out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
        root = draw(st.integers(0, len(offsets) + 1))
        out += f"trailer\n<</Size {len(offsets) + 1} /Root {root} 0 R>>\n".encode()
        out += b"startxref\n%d\n%%%%EOF\n" % draw(st.sampled_from([xref, 0, 10**12]))
        return bytes(out)

    def replaced(values: list[str]) -> bytes:
        nodes = list(_TEXT_NODE.finditer(template))
        xml = template
        for match, value in reversed(list(zip(nodes, values, strict=False))):
            xml = (
                xml[: match.start(1)] + value.encode("utf-8", "surrogatepass") + xml[match.end(1) :]
            )
        return xml

    xml = st.one_of(
        st.lists(st.text(max_size=40) | st.sampled_from(HOSTILE_TEXTS), max_size=60).map(replaced),
        st.text(max_size=500).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.binary(max_size=500),
    )
    embedded = st.tuples(xml, st.sampled_from(["factur-x.xml", "ZUGFeRD-invoice.xml"])).map(
        lambda pair: with_xml(text_pdf, *pair)
    )
    return near_pdf(), xml, embedded


def hypothesis_cases(seeds: dict[str, bytes], count: int, seed: int) -> list[tuple[str, bytes]]:
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as fixed_seed
    from hypothesis import strategies as st

    near_pdf, _xml, embedded = strategies(seeds["text_invoice.pdf"], xml_template(seeds))
    cases: list[tuple[str, bytes]] = []

    @fixed_seed(seed)
    @settings(
        max_examples=count,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(
        st.one_of(
            near_pdf.map(lambda d: ("hyp_near_pdf", d)), embedded.map(lambda d: ("hyp_xml", d))
        )
    )
    def collect(case: tuple[str, bytes]) -> None:
        cases.append(case)

    collect()
    return cases[:count]
