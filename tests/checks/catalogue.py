"""Write docs/input-errors.md (English) and docs/greske-unosa.md (Serbian) from the cases in cases/.

    .venv/bin/python tests/checks/catalogue.py

The Serbian messages are the English ones rebuilt from translations/sr/LC_MESSAGES/editor.po
(translated.py): what the build prints with EDITOR_LANG=sr. tests/checks/test_catalogue.py
fails when a document and the cases differ.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cases import CASES  # noqa: E402
from translated import serbian  # noqa: E402

DOC = Path(__file__).resolve().parents[2] / "docs" / "input-errors.md"
DOC_SR = DOC.with_name("greske-unosa.md")
ENGLISH_ONLY = {"Settings"}  # messages for whoever edits pelicanconf.py: in English in both documents

HEADER = """\
# Input errors: what the build says, and what it does

Generated from `tests/checks/cases/` by `python tests/checks/catalogue.py`;
do not edit by hand. Every row is a test: the build of a small site with that
input must log exactly the message shown and exit with the status shown.

- **ERROR**: the output would be wrong. The build fails (exit status 1) and
  the published site in `output/` is left exactly as it was; the last line of
  the log is `build failed: 2 errors, 1 warning; the published site in output/
  was not changed`.
- **WARNING**: the site is publishable, but an editor should act. `make html`
  succeeds and updates `output/`; `make publish` (and CI) fail on warnings
  and leave `output/` as it was.
- Messages read `<file>:<line>: <what is wrong>. <what to do>`, the path from
  the repository root. No message comes with a traceback: a traceback means a
  bug in the build, not in the content.
- The build speaks Serbian unless told otherwise (`EDITOR_LANG` in pelicanconf.py, or
  `EDITOR_LANG=en make html`); the same table with the Serbian messages is
  [greske-unosa.md](greske-unosa.md). Settings errors are in English in both.
"""

HEADER_SR = """\
# Грешке уноса: шта изградња каже и шта ради

Направљено из `tests/checks/cases/` командом `python tests/checks/catalogue.py`;
не мењајте руком. Сваки ред је тест: изградња малог сајта са тим уносом мора
да испише тачно приказану поруку (на енглеском, из које је ова направљена
преко каталога `translations/sr/LC_MESSAGES/editor.po`) и да заврши са
приказаним излазним кодом.

- **ERROR** (грешка): излаз би био погрешан. Изградња не успева (излазни код 1),
  а објављени сајт у `output/` остаје тачно какав је био; последњи ред записа је
  `изградња није успела: 2 грешке, 1 упозорење; објављени сајт у output/ није промењен`.
- **WARNING** (упозорење): сајт може да се објави, али уредник треба нешто да
  уради. `make html` успева и ажурира `output/`; `make publish` (и CI) не
  успевају због упозорења и остављају `output/` какав је био.
- Поруке гласе `<датотека>:<ред>: <шта није у реду>. <шта урадити>`, са путањом
  од корена репозиторијума. Ниједна порука не долази са traceback-ом: traceback
  значи грешку у изградњи, не у садржају.
- Изградња подразумевано говори српски (`EDITOR_LANG = "sr"` у pelicanconf.py);
  `EDITOR_LANG=en make html` пише поруке на енглеском, као у
  [input-errors.md](input-errors.md). Колона „унос“ је на енглеском, а грешке у
  подешавањима (pelicanconf.py) су на енглеском у оба документа.
"""
TOPICS_SR = {
    "Markdown": "Markdown", "Metadata: addresses, templates, invisible characters":
    "Метаподаци: адресе, шаблони, невидљиви знакови", "Links and file names": "Везе и имена датотека",
    "Settings": "Подешавања", "Publishing": "Објављивање", "Addresses": "Адресе",
    "Photos and albums": "Фотографије и албуми",
}
COLUMNS = {"en": "| input | message | level | `make html` | `make publish` |",
           "sr": "| унос | порука | ниво | `make html` | `make publish` |"}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _message(line: str, topic: str, lang: str) -> str:
    if lang == "en" or topic in ENGLISH_ONLY or line.startswith("("):  # "(none: ...)" is a note
        return line
    translated = serbian(line)
    if translated is None:
        raise ValueError(f"no Serbian for {line!r}: translate it in translations/sr/LC_MESSAGES/editor.po")
    return translated


def render(cases=CASES, lang: str = "en") -> str:
    parts = [HEADER if lang == "en" else HEADER_SR]
    topics = list(dict.fromkeys(case.topic for case in cases))
    for topic in topics:
        title = topic if lang == "en" else TOPICS_SR.get(topic, topic)
        parts.append(f"\n## {title}\n\n{COLUMNS[lang]}\n|---|---|---|---|---|\n")
        for case in (c for c in cases if c.topic == topic):
            html, publish = case.exits
            message = "<br>".join(_cell(_message(m, topic, lang)) for m in case.messages)
            parts.append(f"| {_cell(case.input)} | {message} | {case.level} | {html} | {publish} |\n")
    return "".join(parts)


if __name__ == "__main__":
    for doc, lang in ((DOC, "en"), (DOC_SR, "sr")):
        doc.write_text(render(lang=lang), encoding="utf-8")
        print(f"wrote {doc.relative_to(doc.parents[1])} ({len(CASES)} cases)")
