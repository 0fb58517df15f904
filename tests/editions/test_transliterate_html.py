"""Serbian Cyrillic -> Latin transliteration of HTML: text and readable attributes change,
markup, code, addresses and the no-translit escape stay byte-identical."""

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "plugins"))

from editions.transliterate import has_cyrillic, transliterate_html  # noqa: E402

# --- transliterate_html -------------------------------------------------------


def test_text_nodes_translated_markup_kept():
    html = '<h1 id="naslov">Кластер кућа</h1>\n<p>Ниш, <em>Србија</em><br>Крај</p>'
    assert transliterate_html(html) == '<h1 id="naslov">Klaster kuća</h1>\n<p>Niš, <em>Srbija</em><br>Kraj</p>'


def test_other_attributes_byte_identical():
    html = (
        '<a href="/вести/ниш/" class="Ниш  веза" id=ниш data-град=\'Ниш\' lang="sr-Cyrl" '
        'rel="ниш" hreflang=sr-Cyrl target=_blank download>Ниш</a>'
        '<img src="/слике/ниш.jpg" srcset="/слике/ниш.jpg 1x, /слике/ниш@2x.jpg 2x" '
        'alt="Поглед на Ниш" width=800>'
    )
    expected = html.replace(">Ниш</a>", ">Niš</a>").replace('alt="Поглед на Ниш"', 'alt="Pogled na Niš"')
    assert transliterate_html(html) == expected


@pytest.mark.parametrize("attr", ["alt", "title", "aria-label", "placeholder", "ALT", "Title"])
def test_readable_attributes_translated(attr):
    html = f'<input {attr}="Тражи вести" value="Тражи" name="упит">'
    assert transliterate_html(html) == f'<input {attr}="Traži vesti" value="Тражи" name="упит">'


def test_attribute_quoting_styles_kept():
    html = "<img alt=Ниш title='Ђурђевдан \"ЏЕП\"' src=\"x.png\"/>"
    assert transliterate_html(html) == "<img alt=Niš title='Đurđevdan \"DŽEP\"' src=\"x.png\"/>"


def test_greater_than_inside_quoted_attribute():
    html = '<img data-x="a > Ниш" alt="б > Ниш">Ниш'
    assert transliterate_html(html) == '<img data-x="a > Ниш" alt="b > Niš">Niš'


def test_attribute_value_that_looks_like_an_attribute():
    html = '<p data-note="x title=Ниш" hidden title="Ниш">а</p>'
    assert transliterate_html(html) == '<p data-note="x title=Ниш" hidden title="Niš">a</p>'


def test_href_with_cyrillic_unchanged():
    html = '<a href="https://пример.срб/путања?q=ниш#део" title="Пример">пример</a>'
    assert transliterate_html(html) == '<a href="https://пример.срб/путања?q=ниш#део" title="Primer">primer</a>'


@pytest.mark.parametrize("tag", ["code", "pre", "kbd", "samp", "script", "style", "textarea", "CODE"])
def test_code_like_elements_unchanged(tag):
    inner = 'ниш = "Ниш" <b class="к">ЉУБАВ</b> &lt;Ђ&gt;'
    html = f"<p>Пре <{tag} class=\"ниш\">{inner}</{tag}> после</p>"
    assert transliterate_html(html) == f"<p>Pre <{tag} class=\"ниш\">{inner}</{tag}> posle</p>"


def test_pre_with_nested_code():
    html = '<pre><code class="language-text">Ниш\n<pre>ђ</pre>\nНиш</code></pre><p>Ниш</p>'
    assert transliterate_html(html) == '<pre><code class="language-text">Ниш\n<pre>ђ</pre>\nНиш</code></pre><p>Niš</p>'


def test_script_containing_end_tags_of_other_elements():
    html = '<span class="no-translit"><script>s = "</span>Ниш";</script>Ђ</span>Ђ'
    assert transliterate_html(html) == '<span class="no-translit"><script>s = "</span>Ниш";</script>Ђ</span>Đ'


def test_comments_doctype_and_cdata_unchanged():
    html = (
        "<!DOCTYPE html><!-- коментар <p>Ниш</p> -->"
        "<svg><![CDATA[ Ниш <b> ]]></svg><?xml-stylesheet href='ниш'?><p>Ниш</p>"
    )
    assert transliterate_html(html) == (
        "<!DOCTYPE html><!-- коментар <p>Ниш</p> -->"
        "<svg><![CDATA[ Ниш <b> ]]></svg><?xml-stylesheet href='ниш'?><p>Niš</p>"
    )


def test_entities_unchanged():
    html = "<p>Ниш&nbsp;&amp;&#160;Београд &scaron;&#x0428; &lt;ђ&gt;</p>"
    assert transliterate_html(html) == "<p>Niš&nbsp;&amp;&#160;Beograd &scaron;&#x0428; &lt;đ&gt;</p>"


def test_title_element_translated():
    html = "<head><title>Вести &ndash; <Ниш></title><meta charset=utf-8></head>"
    assert transliterate_html(html) == "<head><title>Vesti &ndash; <Niš></title><meta charset=utf-8></head>"


def test_stray_less_than_is_text():
    assert transliterate_html("<p>а < б и 3<4 Ниш</p>") == "<p>a < b i 3<4 Niš</p>"


def test_urls_and_emails_in_text_unchanged():
    html = (
        '<p>Сајт: <a href="https://пример.срб/путања">https://пример.срб/путања</a>, '
        "пошта info@кластер.срб, www.кластер.срб.</p>"
    )
    assert transliterate_html(html) == (
        '<p>Sajt: <a href="https://пример.срб/путања">https://пример.срб/путања</a>, '
        "pošta info@кластер.срб, www.кластер.срб.</p>"
    )


def test_url_in_alt_attribute_unchanged():
    html = '<img alt="Лого https://пример.срб/лого" src="x">'
    assert transliterate_html(html) == '<img alt="Logo https://пример.срб/лого" src="x">'


# --- the no-translit escape ------------------------------------------------


def test_escape_span():
    html = '<p>Град <span class="no-translit">Ниш</span> је леп.</p>'
    assert transliterate_html(html) == '<p>Grad <span class="no-translit">Ниш</span> je lep.</p>'


def test_escape_with_nesting_and_text_after():
    html = (
        '<p>Пре <span class="no-translit" title="Ниш">Ђ <span>Ђ <b title="Ђ">Ђ</b></span> Ђ '
        '<span class="no-translit">Ђ</span> Ђ</span> Ђ <span>Ђ</span></p>'
    )
    assert transliterate_html(html) == (
        '<p>Pre <span class="no-translit" title="Ниш">Ђ <span>Ђ <b title="Ђ">Ђ</b></span> Ђ '
        '<span class="no-translit">Ђ</span> Ђ</span> Đ <span>Đ</span></p>'
    )


@pytest.mark.parametrize(
    "open_tag",
    [
        '<span class="no-translit">',
        "<span class='истакнуто no-translit велико'>",
        "<span class=no-translit>",
        '<em class="no-translit">',
        '<div translate="no">',
        '<span translate="NO">',
    ],
)
def test_escape_variants(open_tag):
    name = re.match(r"<(\w+)", open_tag).group(1)
    html = f"Ниш {open_tag}Ниш <i>Ђ</i></{name}> Ниш"
    assert transliterate_html(html) == f"Niš {open_tag}Ниш <i>Ђ</i></{name}> Niš"


def test_similar_class_is_not_an_escape():
    html = '<span class="no-translit-x">Ниш</span><span translate="yes">Ниш</span>'
    assert transliterate_html(html) == '<span class="no-translit-x">Niš</span><span translate="yes">Niš</span>'


def test_self_closing_escape_has_no_content():
    html = '<span class="no-translit"/>Ниш <span class="no-translit" />Ниш'
    assert transliterate_html(html) == '<span class="no-translit"/>Niš <span class="no-translit" />Niš'


def test_unquoted_value_ending_in_slash_is_not_self_closing():
    html = "<code data-path=/ниш/>Ниш</code>Ниш"
    assert transliterate_html(html) == "<code data-path=/ниш/>Ниш</code>Niš"


def test_escaped_void_element():
    html = '<img class="no-translit" alt="Ниш" src="x"> Ниш <br class="no-translit"> Ниш'
    assert transliterate_html(html) == '<img class="no-translit" alt="Ниш" src="x"> Niš <br class="no-translit"> Niš'


# --- a realistic article ---------------------------------------------------------

ARTICLE = """<article>
<h2 id="pocetak-druge-faze">Почетак друге фазе</h2>
<p>Кластер кућа из Ниша, заједно са партнерима из <strong>ЕУ</strong>, покреће
другу фазу иницијативе <em>„Европска изврсност кластера“</em>. Њени циљеви су
јачање ЉУДСКИХ ресурса, дигитализација и сарадња са <abbr title="Мала и средња предузећа">МСП</abbr>.
Пројекат води <span class="no-translit">Ђорђе Џаковић</span>, а пријаве се шаљу на
<a href="mailto:prijave@кластер.срб">prijave@кластер.срб</a> до 15. марта.</p>
<figure><img src="/слике/састанак.jpg" alt="Састанак у Џеп центру" title="Фото: Љиљана Њежић">
<figcaption>Састанак чланица, ЏЕП ЦЕНТАР, Ниш</figcaption></figure>
<p>Команда за преглед: <code>make html # гради сајт</code></p>
<!-- уредник: проверити датум -->
</article>"""


def test_article_has_no_cyrillic_outside_escapes_code_and_comments():
    out = transliterate_html(ARTICLE)
    visible = re.sub(r'<span class="no-translit">.*?</span>|<code>.*?</code>|<!--.*?-->', "", out, flags=re.S)
    visible = re.sub(r'(?:href|src)="[^"]*"', "", visible)  # identifiers stay Cyrillic on purpose
    visible = visible.replace("prijave@кластер.срб", "")
    assert not has_cyrillic(visible), visible
    assert "Ljiljana Nježić" in out
    assert "LJUDSKIH" in out and "DŽEP CENTAR" in out and "Džep centru" in out
    assert 'title="Mala i srednja preduzeća">MSP</abbr>' in out
    assert '<span class="no-translit">Ђорђе Џаковић</span>' in out
    assert "<code>make html # гради сајт</code>" in out
    assert "<!-- уредник: проверити датум -->" in out
    assert '<img src="/слике/састанак.jpg"' in out


def test_article_markup_is_byte_identical():
    # Removing every Serbian Cyrillic letter and every Latin letter from input
    # and output leaves the same bytes: only letters were replaced.
    out = transliterate_html(ARTICLE)

    def skeleton(s):
        s = re.sub(r'<span class="no-translit">.*?</span>|<code>.*?</code>|<!--.*?-->|(?:href|src)="[^"]*"', "", s)
        s = re.sub(r"prijave@кластер\.срб", "", s)
        return re.sub(r"[A-Za-zА-Яа-яЂЈЉЊЋЏђјљњћџČĆĐŠŽčćđšž]", "", s)

    assert skeleton(out) == skeleton(ARTICLE)


def test_document_without_cyrillic_returned_as_is():
    html = "<p class=x>Niš &amp; Beograd</p><!-- c -->"
    assert transliterate_html(html) is html


def test_large_document_is_fast():
    import time

    page = ARTICLE * 500  # roughly a whole site's worth of articles
    start = time.perf_counter()
    out = transliterate_html(page)
    assert time.perf_counter() - start < 2.0
    assert out == transliterate_html(ARTICLE) * 500
