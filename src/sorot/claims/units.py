"""What a number counts: Indonesian nouns mapped to normalised (English) units, and the
word lists the extractor uses to tell a counted noun from the rest."""

from __future__ import annotations

_PERSONS = """
orang jiwa warga penduduk korban tentara pasukan prajurit personel personil serdadu militan pejuang
gerilyawan milisi tahanan narapidana napi tersangka terdakwa pelaku demonstran pengunjuk massa pengungsi
pasien siswa murid mahasiswa pelajar guru dosen peserta penonton pengunjung wisatawan turis jemaah jamaah
pekerja karyawan buruh pegawai asn pns petugas relawan sukarelawan anak balita bayi perempuan wanita pria
lelaki laki-laki nelayan petani pemudik penumpang awak kru wni wna tki pmi anggota polisi dokter perawat
nakes pemilih pendukung jurnalis wartawan santri atlet pemain pelamar lansia penghuni pendaki penyintas
sandera imigran migran pencari suaka pendemo simpatisan aparat polisi personel marinir penerbang pilot
penambang pedagang pengemudi sopir ojol mitra debitur nasabah pelanggan konsumen penerima pengguna
korban jiwa nyawa mayat jenazah jasad abk odgj tenaga kesehatan pasukan kontraktor veteran pengusaha investor peternak pembudidaya honorer
peziarah pembalap pendaftar pengendara responden umat petarung juri starter remaja kandidat pemilik perwakilan
masyarakat buyer pemadam pejabat pendonor
""".split()

UNIT_NOUNS: dict[str, str] = {word: "persons" for word in _PERSONS}
UNIT_NOUNS.update({
    # groups of people
    "keluarga": "families", "kk": "families", "rumah tangga": "households", "kepala keluarga": "families",
    # military and security
    "kontainer": "containers", "peti kemas": "containers", "putaran": "rounds", "peluru": "rounds",
    "amunisi": "rounds", "proyektil": "rounds", "rudal": "missiles", "misil": "missiles", "roket": "rockets",
    "drone": "drones", "dron": "drones", "tank": "tanks", "pesawat": "aircraft", "jet": "aircraft",
    "helikopter": "helicopters", "kapal": "ships", "senjata": "weapons", "bom": "bombs", "granat": "grenades",
    "hulu ledak": "warheads", "serangan": "attacks", "batalion": "battalions", "brigade": "brigades",
    # places
    "negara": "countries", "wilayah": "regions", "daerah": "regions", "kawasan": "regions", "provinsi": "provinces",
    "kabupaten": "regencies", "kota": "cities", "kabupaten/kota": "regencies", "kecamatan": "districts",
    "desa": "villages", "kelurahan": "villages", "dusun": "villages", "pulau": "islands", "titik": "locations",
    "lokasi": "locations", "organisasi": "organisations", "lembaga": "institutions", "perusahaan": "companies",
    # buildings and things
    "rumah": "houses", "bangunan": "buildings", "gedung": "buildings", "sekolah": "schools", "masjid": "mosques",
    "gereja": "churches", "fasilitas": "facilities", "jembatan": "bridges", "kendaraan": "vehicles",
    "mobil": "cars", "motor": "motorcycles", "sepeda motor": "motorcycles", "truk": "trucks", "bus": "buses",
    "unit": "units", "paket": "packages", "dosis": "doses", "porsi": "portions", "kasus": "cases",
    "insiden": "incidents", "kejadian": "incidents", "peristiwa": "incidents", "kecelakaan": "accidents",
    "bencana": "disasters", "gempa": "earthquakes", "gempa susulan": "aftershocks", "titik api": "hotspots",
    "hotspot": "hotspots", "suara": "votes", "kursi": "seats", "medali": "medals", "gol": "goals", "poin": "points",
    "proyek": "projects", "program": "programmes", "smelter": "smelters", "pertandingan": "matches", "laga": "matches",
    "kegiatan": "events", "acara": "events", "agenda": "events", "penerbangan": "flights", "maskapai": "airlines",
    "hotel": "hotels", "sumur": "wells", "entitas": "entities", "kelas": "classes", "koperasi": "cooperatives",
    "dapur": "kitchens", "ruas": "road sections", "karton": "cartons", "honai": "houses", "produk": "products",
    "bank": "banks", "tenant": "tenants", "rumpon": "fish aggregating devices", "ikan": "fish", "burung": "birds",
    "obat": "medicines", "kucing": "cats", "kios": "kiosks", "ayam": "chickens", "gerai": "outlets",
    "perkara": "cases", "botol": "bottles", "posko": "posts", "puskesmas": "health centres", "pelanggaran": "violations",
    "tabung": "cylinders", "kantor": "offices", "perahu": "boats", "tempat": "places", "tps": "polling stations",
    "toko": "shops", "warung": "stalls", "pasar": "markets", "sepeda": "bicycles", "rumah sakit": "hospitals",
    "tempat ibadah": "places of worship", "kamar": "rooms", "telur": "eggs", "pil": "pills", "ekstasi": "pills",
    "kantong": "bags", "kantong darah": "blood bags", "gajah": "elephants", "harimau": "tigers",
    "badak": "rhinos", "orangutan": "orangutans", "buaya": "crocodiles", "penyu": "turtles", "spesimen": "specimens", "sampel": "samples", "lapangan": "fields", "lantai": "floors", "hewan": "animals", "ternak": "livestock", "sapi": "cattle",
    "pohon": "trees", "bibit": "seedlings", "dokumen": "documents", "sertifikat": "certificates",
    "laporan": "reports", "aduan": "complaints", "pengaduan": "complaints", "akun": "accounts",
    "situs": "websites", "aplikasi": "apps", "saham": "shares", "lembar saham": "shares",
    "barel": "barrels", "ton": "tonnes", "kg": "kg", "kilogram": "kg", "gram": "grams", "liter": "litres",
    "hektare": "hectares", "hektar": "hectares", "ha": "hectares", "km": "km", "kilometer": "km",
    "meter": "metres", "mil": "miles", "mw": "MW", "megawatt": "MW", "gw": "GW", "gigawatt": "GW", "kwh": "kWh",
    "mdpl": "metres above sea level", "meter kubik": "cubic metres", "m3": "cubic metres",
    "kilometer persegi": "km2", "km2": "km2", "mm": "mm", "milimeter": "mm", "cm": "cm", "sentimeter": "cm", "centimeter": "cm", "meter persegi": "m2",
    "m2": "m2", "twh": "TWh", "gwh": "GWh", "mwh": "MWh", "kw": "kW", "kilowatt": "kW", "knot": "knots", "derajat": "degrees",
    "sr": "magnitude", "basis poin": "basis points", "bps": "basis points", "bp": "basis points",
    # durations (only kept in duration contexts)
    "detik": "seconds", "menit": "minutes", "jam": "hours", "hari": "days", "minggu": "weeks", "pekan": "weeks",
    "bulan": "months", "tahun": "years", "dekade": "decades", "abad": "centuries", "windu": "windu",
})

TIME_UNITS = frozenset({"detik", "menit", "jam", "hari", "minggu", "pekan", "bulan", "tahun", "dekade", "abad", "windu"})

# Classifiers: "5 unit laptop", "100 ekor sapi" count the noun after them; a noun the unit list
# does not name is counted in the classifier's unit ("2.000 ekor ayam", "1.200 butir ekstasi").
CLASSIFIERS = frozenset({"buah", "unit", "ekor", "biji", "lembar", "batang", "butir", "pucuk", "helai", "potong", "bidang", "orang"})
CLASSIFIER_UNITS = {"ekor": "animals", "butir": "items", "buah": "items", "unit": "units", "lembar": "sheets",
                    "batang": "sticks", "bidang": "plots", "pucuk": "weapons"}
# Classifiers of things, not of animals or machines: a few of something no unit names after one
# is no figure ("lima buah jeruk"; but "dua ekor gajah", "tiga unit ekskavator" are).
THING_CLASSIFIERS = frozenset({"buah", "biji", "helai", "potong", "lembar", "batang", "butir", "bidang"})

# Nouns a small spelled-out number ("empat wilayah") may count; "dua pemimpin" or
# "dua negara" is a description, not a figure anyone tracks.
SMALL_WORD_NOUNS = frozenset(
    (set(_PERSONS)
    | {"wilayah", "provinsi", "kabupaten", "kota", "desa", "kecamatan", "rumah", "bangunan", "gedung", "sekolah",
       "kapal", "pesawat", "helikopter", "rudal", "roket", "drone", "tank", "kontainer", "kendaraan", "mobil",
       "kasus", "jembatan", "keluarga", "serangan", "pulau", "proyek", "smelter", "senjata"})
    - {"anggota", "pendukung", "pemain", "anak", "mitra", "pengusaha", "investor", "aparat"}
)

# Words after a number that say it is not a count of anything.
STOP_NEXT = frozenset(
    """
    dan atau di ke dari pada yang untuk dengan dalam oleh itu ini tersebut saja pun juga lagi sudah telah akan masih
    hanya adalah ialah per sampai hingga serta bagi tentang terhadap antara sebagai secara seperti karena sejak namun
    tetapi tapi bahwa jika kalau agar supaya sehingga ketika saat setelah sebelum kali besar kecil teratas terbesar
    terbaik pertama terakhir lainnya lain sama banyak lebih kurang x vs versus atas bawah tahunan bulanan harian kalinya
    sekaligus sekitar mencapai menjadi tak tidak belum bukan nya pula ya kok sih lho dong kan tadi nanti kemudian
    lalu silam mendatang berikutnya selanjutnya sebelumnya sesudahnya terdekat pekan minggu
    selama sedang semua sendiri sesuai kembali kepada keluar kemarin kelak sebab sekali seluruh sekitarnya
    contoh model manfaat cara tips trik fakta hal alasan langkah jenis ciri tanda resep rekomendasi ide inspirasi
    pilihan deretan daftar rahasia kebiasaan gaya macam bagian arti makna doa ucapan kata kalimat poin
    """.split()
)
# Verb prefixes: an unknown word starting with one after a number is usually a verb
# ("3 meninggal" is a count of persons only through the persons list, not "meninggal").
VERB_PREFIXES = ("me", "di", "ber", "ter")
# Nouns that happen to start like a verb.
PREFIX_NOUNS = frozenset("merek meja mesin menara direktur distrik divisi dinar berkas beras berita terminal meter".split())

# Words after a duration that make it a time ago, not a length: "24 tahun lalu".
TIME_AGO = frozenset(
    "lalu silam terakhir sebelumnya kemudian setelah sebelum mendatang lagi berikutnya sesudahnya belakangan usai pasca".split()
)

# Words before a number that make it a label, not a quantity: "Pasal 5", "pukul 10", "ke 3".
LABEL_BEFORE = frozenset(
    """
    no nomor nomer pasal ayat pukul jam tanggal tgl halaman hal kelas lantai tahap jilid bab level peringkat posisi
    urutan rangking ranking seri versi babak menit game gim set gelombang angkatan generasi gen edisi episode season
    jalan jl jln gang blok rt rw kamar ruang gate terminal pintu zona sektor kode liga skor ke vs lawan nomor-nomor
    poin tipe type model kilometer km kavling kav. kav unit pos gelombang pekan minggu hari tahun bulan usia umur
    berusia berumur ke- tim grup group pot kualifikasi matchday putaran round tingkat kategori golongan
    """.split()
)

# Words before a number that make it a calibre or a model when it is followed by mm/pound.
WEAPON_WORDS = ("artileri", "peluru", "meriam", "roket", "howitzer", "mortir", "senapan", "kaliber", "peluncur", "amunisi", "granat", "rudal")

# Capitalised words that may stand right before a quantity (most others make it a name: "Kelompok Tujuh", "Trans 7").
CAPITAL_OK = frozenset(
    """
    sebanyak sekitar sedikitnya setidaknya lebih kurang hampir hingga sampai total jumlah mencapai sebesar senilai
    sejumlah terdapat ada ia dia mereka kini saat sementara namun tapi tetapi sedangkan dari pada bahkan hanya
    minimal maksimal kira-kira sekira tercatat terdata ditemukan diperkirakan setiap tiap para yakni yaitu antara
    sekurang-kurangnya sekurangnya nyaris tak tidak baru sekitarnya rata-rata dengan dalam untuk selama sepanjang
    """.split()
)

CURRENCY_OR_PERCENT = frozenset({"USD", "IDR", "EUR", "GBP", "JPY", "SGD", "MYR", "AUD", "HKD", "CAD", "TWD", "NZD",
                                  "CNY", "KRW", "RUB", "SAR", "INR", "THB", "PHP", "AED", "TRY", "CHF", "UAH", "ILS", "percent"})

# Product specifications, not figures anyone tracks: "layar 6,7 inci", "tenaga 174 PS".
SPEC_WORDS = frozenset("inci dk ps hp nm mp rpm cc mah gb tb ghz hz karat kalori kkal fps".split())
# Words that make a sentence a vehicle's or a device's specification: every measure in it is
# one ("Dimensinya ... panjang 1.905 mm", "ground clearance 160 mm, dan bobot 112 kg", "mesin
# empat silinder 1,5 liter 105 PS"); not a lone "silinder" or "katup" ("tabung silinder").
SPEC_SENTENCE = (r"dimensi(?:nya)?|jarak\s+sumbu\s+roda|wheelbase|ground\s+clearance|tinggi\s+(?:tempat\s+duduk|jok)"
                 r"|kapasitas\s+tangki|(?:\d|satu|dua|tiga|empat|enam|delapan)[\s-]*silinder|\d[\d.,]*\s?(?:rpm|PS|Nm|cc|mAh)")
# The units of measure a specification sentence's figures are dropped in (its counts stay).
MEASURES = frozenset({"mm", "cm", "metres", "km", "kg", "grams", "litres", "kW", "MW", "degrees", "seconds", "minutes",
                      "hours", "m2", "km2", "cubic metres", "knots"})
