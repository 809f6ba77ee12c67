"""Line-level boilerplate rules for scraped Indonesian news pages.

`line_reason` judges one line on its own and returns a reason code or None. The
contextual decisions (header zone, captions beside photo credits, trailing
widgets) live in `sorot.clean.layout`, which calls this module.
"""

from __future__ import annotations

import re

from sorot.clean.dates import parse_date_line
from sorot.text.sentences import split_sentences

_BYLINE = re.compile(
    r"^(?:penulis|reporter|pewarta|kontributor|oleh|editor|penyunting|redaktur|"
    r"editor\s+berita|koresponden|laporan\s+wartawan|sumber)\s*:\s*\S.{0,80}$",
    re.IGNORECASE,
)
_ARCHIVE = re.compile(
    r"^(?:tag\s+archives?|arsip\s+tag|arsip|tag|tags|topik|kategori|category|"
    r"search\s+results?|hasil\s+pencarian)\s*:\s*\S.{0,80}$",
    re.IGNORECASE,
)
_READ_ALSO = re.compile(
    r"^(?:baca\s*juga|simak\s*juga|lihat\s*juga|baca\s*selengkapnya|artikel\s*terkait|"
    r"tonton\s*juga\s*video|simak\s*video(?=\s*[:'\"‘“])|"  # video promos: "Tonton juga Video: ...", "Simak Video '...'"
    r"berita\s*terkait|baca\s*berita\s*lainnya|simak\s*berita\s*selengkapnya)\b",
    re.IGNORECASE,
)
_PAGINATION = re.compile(
    r"^(?:halaman(?:\s*\d+(?:\s*(?:dari|/)\s*\d+)?)?|\d{1,3}(?:\s+\d{1,3})*|"
    r"selanjutnya|sebelumnya|berikutnya|next|prev(?:ious)?|load\s*more|muat\s*lebih\s*banyak|"
    r"lihat\s*semua|tampilkan\s*semua)\s*[»›>]*$",
    re.IGNORECASE,
)
# A copyright notice: the sign, "all rights reserved", or the word with its year or sign right after it or alone in a
# short line ("Copyright 2025 Kompas.com", "Hak Cipta Dilindungi Undang-Undang"); not news about copyright ("Vidi
# Aldiano digugat atas pelanggaran hak cipta lagu").
_COPYRIGHT = re.compile(r"(?:^©|©\s*\d{4}|all\s+rights?\s+reserved|\b(?:copyright|hak\s+cipta)\s*(?:©|\(c\)|\d{4}|dilindungi))",
                        re.IGNORECASE)
_COPYRIGHT_WORD = re.compile(r"\b(?:copyright|hak\s+cipta)\b", re.IGNORECASE)
_NOTICE_WORDS = 6  # a line of at most so many words with the word is a notice
_SITE = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net|org|co|news|tv)/?$", re.IGNORECASE)
_SHARE = re.compile(
    r"(?:google\s*news|whats\s*app\s*channel|telegram\s*channel|\bikuti\s+(?:kami|kanal|channel|akun|whatsapp)|"
    r"^follow\s+(?:us|kami)|^bagikan(?:\s+artikel)?|^share(?:\s+this)?\b|download\s+aplikasi|unduh\s+aplikasi|"
    r"klik\s+di\s*sini|dapatkan\s+(?:update|berita)|^scroll\s+to\s+continue|^gulir\s+untuk|"
    r"^artikel\s+ini\s+telah\s+(?:tayang|naik|terbit)|^saksikan\s+(?:live|video))",
    re.IGNORECASE,
)
_EMBED = re.compile(r"^\[(?:gambas|embed|video|baca|iklan)\s*:?[^\]]*\]$", re.IGNORECASE)
_INITIALS = re.compile(r"^\((?:[a-z]{2,4}|[A-Z]{2,4})(?:/[a-zA-Z]{1,4})*\)$")
# A reporter's or editor's full name alone in brackets on the article's last line: "(Angkasa
# Yudhistira)" (elsewhere such a line may be content: a caption, a list's "(Menteri Keuangan)").
NAME_IN_BRACKETS = re.compile(r"^\(\s?(?:[A-Z][a-z]+\.?|[A-Z]\.)(?:\s(?:[A-Z][a-z]+\.?|[A-Z]\.)){1,3}\s?\)$")
_PHOTO_CREDIT = re.compile(
    r"^(?:\(?\s*(?:foto|photo|ilustrasi|dok|dok\.|dokumentasi|sumber\s+foto|kredit\s+foto|grafis|"
    r"infografis|video)\s*[:./]\s*.{0,80}\)?|\(?\s*dok\.\S.{0,60})$",
    re.IGNORECASE,
)
# "Valery Sharifulin / TASS", "ANTARA FOTO/Aprillio Akbar": short, a slash, no sentence.
_NAME_SLASH_AGENCY = re.compile(r"^[^.!?:;,]{2,60}\s?/\s?[^.!?:;,]{2,40}$")
_CAPTION_CREDIT = re.compile(
    r"^(?P<caption>.*?[^\s.!?\"”'’])\s*\((?P<credit>(?:foto|dok|ilustrasi|sumber)[^()]*|[\w.&\- ]*(?:\.\w{2,3}|/[^()]*)|"
    r"istimewa|antara|afp|reuters|ap|getty images|shutterstock|freepik|unsplash)\)\s*$",
    re.IGNORECASE,
)

WIDGET_PHRASES = frozenset(
    phrase.casefold()
    for phrase in (
        "Advertisement", "Iklan", "Ads", "Rekomendasi untuk Anda", "Rekomendasi", "Berita Terkini",
        "Terkini", "Terkini Lainnya", "Berita Lainnya", "Berita Terkait", "Artikel Terkait", "Terpopuler",
        "Populer", "Paling Populer", "Terpopuler Hari Ini", "Pilihan Editor", "Pilihan Redaksi",
        "Video Pilihan", "Video Terkait", "Topik Terkait", "Topik Pilihan", "Tautan Sahabat", "Komentar",
        "Tulis Komentar", "Lihat Komentar", "Berita Utama", "Headline", "Trending", "Most Popular",
        "Related", "Related Articles", "Read More", "Baca Selengkapnya", "Lanjutkan Membaca",
        "Baca Berikutnya", "Dapatkan Berita Terbaru", "Newsletter", "Berlangganan", "Tag", "Tags",
        "Share", "Bagikan", "Bagikan Artikel", "Ikuti Kami", "Follow Us", "Laporkan Iklan",
        "Breaking News", "Indeks Berita", "Kanal", "Menu", "Home", "Beranda",
        "SCROLL TO CONTINUE WITH CONTENT", "SCROLL TO RESUME CONTENT", "ADVERTISEMENT",
        "Simak Video Berikut Ini", "Simak Videonya", "Saksikan Video Pilihan di Bawah Ini",
        "Infografis", "Lihat Infografis",
    )
)


def words(line: str) -> list[str]:
    return line.split()


def ends_like_sentence(line: str) -> bool:
    return bool(re.search(r"[.!?…]['\"”’)\]]*\s*(?:\([^()]{1,40}\))?$", line.rstrip()))


def is_body_line(line: str) -> bool:
    """A paragraph of running text: a sentence that ends, or a long passage."""
    count = len(words(line))
    return (count >= 8 and ends_like_sentence(line)) or count >= 30


def line_reason(line: str) -> str | None:
    """Reason code if this line is boilerplate on its own, else None."""
    stripped = line.strip()
    if not stripped or len(stripped) > 600 or len(words(stripped)) > 50:
        return None  # every rule below is for short lines: running text is content
    folded = stripped.casefold().rstrip(":")
    if folded in WIDGET_PHRASES:
        return "widget"
    if _EMBED.match(stripped):
        return "embed"
    if _ARCHIVE.match(stripped):
        return "archive_header"
    if _BYLINE.match(stripped):
        return "byline"
    if _READ_ALSO.match(stripped):
        return "read_also"
    if _PAGINATION.match(stripped):
        return "pagination"
    if len(stripped) < 200 and (_COPYRIGHT.search(stripped) or
                                _COPYRIGHT_WORD.search(stripped) and len(words(stripped)) <= _NOTICE_WORDS):
        return "copyright"
    if _SITE.match(stripped):
        return "site_name"
    if len(stripped) < 200 and _SHARE.search(stripped):
        return "share_prompt"
    if _INITIALS.match(stripped):
        return "reporter_initials"
    if _PHOTO_CREDIT.match(stripped) or (_NAME_SLASH_AGENCY.match(stripped) and len(words(stripped)) <= 8):
        return "photo_credit"
    if len(words(stripped)) <= 9 and parse_date_line(stripped):
        return "date_header"
    if is_caption_with_credit(stripped):
        return "caption"
    return None


def is_caption_with_credit(line: str) -> bool:
    """A one-sentence photo caption that carries its credit in parentheses at the end."""
    match = _CAPTION_CREDIT.match(line.strip())
    if not match:
        return False
    caption = match["caption"]
    return len(words(caption)) <= 50 and len(split_sentences(caption)) == 1
