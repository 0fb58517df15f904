"""The web editor (Decap CMS at /admin/ of the devserver) in headless Debian chromium, against a
temporary git repository through its local backend (decap-server): a Serbian article with tags,
its English translation, an album with two photos and captions; the files land in our layout,
the real Pelican builds them with no warning, and an existing article comes back byte for byte.
"""

from __future__ import annotations

import socket
import subprocess
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

from conftest import ROOT, run_pelican, write_content
from photos import make_photo

EXISTING = "content/sr/news/2018-01-26-visit.md"
EXISTING_TEXT = ("Title: Посета амбасадора\nDate: 2018-01-26 12:00\nTags: Данска,  Ниш\n"
                 "Summary: Амбасадор је посетио Ниш.\nGallery: 2018-01-26-visit\n\nТекст „вести“.\n\nДруги пасус.\n")
ALBUM = "2018-01-26-visit"
FIXTURE = {
    EXISTING: EXISTING_TEXT,
    f"content/galleries/{ALBUM}/album.sr.md": "Title: Посета\nDate: 2018-01-26\n\nОпис.\n",
}
NEW_ALBUM = "2026-03-01-sajam"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for_backend(port: int, seconds: float = 30) -> None:
    """decap-server takes a moment to start: wait until it answers its API."""
    import json
    import urllib.request

    request = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1", headers={"Content-Type": "application/json"},
                                     data=json.dumps({"action": "info", "params": {}}).encode())
    end = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(request, timeout=2):
                return
        except OSError:
            if time.monotonic() > end:
                raise
            time.sleep(0.1)


@pytest.fixture(scope="module")
def editor(tmp_path_factory):
    """The repository, the admin served by the devserver's own server, and decap-server."""
    from pelican.settings import read_settings

    from devserver import watch
    from webeditor import local

    base = tmp_path_factory.mktemp("webeditor")
    repo = base / "repo"
    write_content(repo, FIXTURE)
    make_photo(repo / "content" / "galleries" / ALBUM / "IMG_1.jpg", size=(640, 480))
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run(["git", "-C", str(repo), "add", "."], check=True)
    subprocess.run(["git", "-C", str(repo), "-c", "user.name=Test", "-c", "user.email=test@example.org",
                    "commit", "-qm", "fixture"], check=True)
    settings = read_settings(str(ROOT / "pelicanconf.py"), override={
        "PATH": str(repo / "content"), "CACHE_PATH": str(base / "cache"), "WEB_EDITOR_PROXY_PORT": _free_port()})
    folder = local.prepare(settings, str(base / "admin"))
    backend = local.start_backend(settings)
    (base / "output").mkdir()
    server = watch.serve(str(base / "output"), "127.0.0.1", 0, folder)
    photos = [make_photo(base / "upload" / f"IMG_{n}.jpg", size=(800, 600)) for n in (2, 3)]
    try:
        _wait_for_backend(settings["WEB_EDITOR_PROXY_PORT"])
        yield {"repo": repo, "url": f"http://127.0.0.1:{server.server_address[1]}/admin/", "photos": photos,
               "base": base}
    finally:
        server.shutdown()
        server.server_close()
        backend.terminate()
        backend.wait(10)


@pytest.fixture(scope="module")
def page(browser, editor):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(15000)
    page.problems = []
    page.on("request", lambda r: r.url.startswith("http") and not r.url.startswith("http://127.0.0.1:")
            and page.problems.append(f"foreign {r.url}"))
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    page.goto(editor["url"])
    page.get_by_role("button", name="Пријава").click()  # the local backend: no password
    page.get_by_text("Вести (српски)").first.wait_for()
    yield page
    context.close()


def open_new(page, editor, collection):
    page.goto(f"{editor['url']}#/collections/{collection}/new")
    page.locator("[id^=title-field], [id^=file-field]").first.wait_for()


def fill(page, name, value):
    page.locator(f"[id^={name}-field]").first.fill(value)


def write_body(page, text):
    """The Markdown field (its raw mode is an editable area, not a textarea)."""
    body = page.locator("[contenteditable=true]").last
    body.click()
    page.keyboard.type(text)


def publish(page):
    page.get_by_text("Објави", exact=True).click()
    page.get_by_text("Објави одмах", exact=True).click()
    page.get_by_text("Измене сачуване", exact=False).first.wait_for()
    page.wait_for_timeout(300)


def choose_photo(page, button, photo: Path):
    button.click()
    page.locator("input[type=file]").first.set_input_files(str(photo))
    page.get_by_text(photo.name.lower()).first.wait_for()
    page.get_by_role("button", name="Одабери означено").click()


def test_interface_is_serbian_and_local(page, editor):
    assert page.get_by_text("Збирке").count() and page.get_by_text("Медији", exact=True).count()
    assert not page.problems


def test_existing_article_round_trips_byte_for_byte(page, editor):
    """Decap saves only a changed entry (an unchanged one has no Publish button): a change of
    the title is saved, then undone in a fresh editor; every other byte stays as written
    (the double space in Tags, the order, the body) and the undo restores the file exactly."""
    path = editor["repo"] / EXISTING

    def edit_title(current, keys):
        page.goto(f"{editor['url']}#/collections/news_sr")
        page.goto(f"{editor['url']}#/collections/news_sr/entries/2018-01-26-visit")
        title = page.locator("[id^=title-field]").first
        expect(title).to_have_value(current)
        title.press("End")
        keys(title)
        publish(page)

    edit_title("Посета амбасадора", lambda title: title.type(" x"))
    # The preview (an inline frame) is styled by the site's own stylesheet, served with the admin.
    preview = page.frame_locator("iframe").first
    expect(preview.locator("link[href='site.css']")).to_have_count(1)
    expect(preview.locator("body")).to_contain_text("Посета амбасадора x")
    changed = path.read_text(encoding="utf-8")
    assert changed == EXISTING_TEXT.replace("Title: Посета амбасадора\n", "Title: Посета амбасадора x\n")
    edit_title("Посета амбасадора x", lambda title: (title.press("Backspace"), title.press("Backspace")))
    assert path.read_bytes() == EXISTING_TEXT.encode("utf-8")


def test_new_article_translation_and_album(page, editor):
    repo = editor["repo"]
    open_new(page, editor, "news_sr")
    fill(page, "title", "Сајам кластера у Нишу")
    fill(page, "date", "2026-03-01T10:00")
    fill(page, "tags", "Сајам, Ниш")
    fill(page, "summary", "Кластери су се представили у Нишу.")
    fill(page, "gallery", NEW_ALBUM)
    write_body(page, "Кластери из целе Србије представили су се на сајму.")
    publish(page)
    article = repo / "content/sr/news/2026-03-01-sajam-klastera-u-nisu.md"
    assert article.read_text(encoding="utf-8") == (
        "Title: Сајам кластера у Нишу\nDate: 2026-03-01 10:00\nTags: Сајам, Ниш\n"
        f"Summary: Кластери су се представили у Нишу.\nGallery: {NEW_ALBUM}\n\n"
        "Кластери из целе Србије представили су се на сајму.\n")

    open_new(page, editor, "news_en")
    fill(page, "title", "A cluster fair in Niš")
    fill(page, "date", "2026-03-01T10:00")
    fill(page, "tags", "fair, Niš")
    fill(page, "gallery", NEW_ALBUM)
    fill(page, "file", "2026-03-01-sajam-klastera-u-nisu")  # the original's name: its translation
    write_body(page, "Clusters from all over Serbia presented themselves at the fair.")
    publish(page)
    translation = (repo / "content/en/news/2026-03-01-sajam-klastera-u-nisu.md").read_text(encoding="utf-8")
    assert translation.startswith("Title: A cluster fair in Niš\nDate: 2026-03-01 10:00\nTags: fair, Niš\n")

    open_new(page, editor, "albums")
    fill(page, "title", "Сајам кластера")
    fill(page, "date", "2026-03-01T10:00")
    fill(page, "file", NEW_ALBUM)
    fill(page, "body", "Штандови кластера на сајму.")  # a plain text field in albums
    # Decap writes every language's file of an album: the English pane beside the Serbian one.
    page.locator("[id^=title-field]").nth(1).fill("Cluster fair")
    page.locator("[id^=body-field]").nth(1).fill("The clusters' stands at the fair.")
    publish(page)
    open_new(page, editor, "captions")
    fill(page, "file", NEW_ALBUM)
    serbian = page.locator("[id^=photos-field]").first  # the Serbian pane; the English one is beside it
    for n, photo in enumerate(editor["photos"]):
        serbian.get_by_role("button", name="Додај фотографије").click()
        choose_photo(page, serbian.get_by_role("button", name="Одабери слику").last, photo)
        serbian.locator("[id^=caption-field]").nth(n).fill(f"Штанд број {n + 1}")
    publish(page)
    folder = repo / "content/galleries" / NEW_ALBUM
    assert (folder / "album.sr.md").read_text(encoding="utf-8") == (
        "Title: Сајам кластера\nDate: 2026-03-01 10:00\n\nШтандови кластера на сајму.\n")
    assert (folder / "captions.sr.txt").read_text(encoding="utf-8") == (
        "img_2.jpg: Штанд број 1\nimg_3.jpg: Штанд број 2\n")
    assert (folder / "album.en.md").read_text(encoding="utf-8") == (
        "Title: Cluster fair\nDate: 2026-03-01 10:00\n\nThe clusters' stands at the fair.\n")
    assert (folder / "captions.en.txt").read_text(encoding="utf-8").strip() == ""  # no English captions yet
    assert sorted(p.name for p in folder.iterdir()) == [
        "album.en.md", "album.sr.md", "captions.en.txt", "captions.sr.txt", "img_2.jpg", "img_3.jpg"]
    assert not page.problems

    # `make publish`'s settings (publishconf.py), warnings fatal.
    out = editor["base"] / "output-built"
    settings = editor["base"] / "publish.py"
    settings.write_text(f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom publishconf import *\n"
                        f"CACHE_PATH = {str(editor['base'] / 'build-cache')!r}\nDEPLOY_PRECOMPRESS = False\n",
                        encoding="utf-8")
    built = run_pelican(repo / "content", out, settings, "--fatal", "warnings")
    assert built.returncode == 0, built.stdout + built.stderr
    assert "WARNING" not in built.stdout + built.stderr
    assert (out / "news").is_dir() and (out / "en" / "news").is_dir()
    assert (out / "galleries" / NEW_ALBUM / "index.html").exists()
