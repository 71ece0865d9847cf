"""Carrier phrases in Greek and Indonesian, per canonical status, in the order they are
tried (after the Thai steps, before the other languages' steps).

Greek phrases are plain substrings of the folded text (lossanalytics.normalise._rules
takes accents off Latin letters only), and carriers print both "Αποστολή παραδόθηκε" and
"Η ΑΠΟΣΤΟΛΗ ΠΑΡΑΔΟΘΗΚΕ": each phrase is tried with and without its accents. A hold
("ΚΡΑΤΗΣΗ") and a return ("ΕΠΙΣΤΡΟΦΗ") come before the delivery; "παρελήφθη" / "ΠΑΡΑΛΑΒΗ"
(taken in from the sender) is transit. The bare noun "παράδοση" (delivery) stays out:
it also heads "ready for delivery" and "for delivery" texts.

Indonesian phrases are whole words like other Latin ones. J&T writes "Paket telah diterima
oleh <branch>" when a branch takes the parcel in and "Paket telah diterima" when the
recipient does (SiCepat: "PAKET TELAH DI TERIMA DI <branch>" and "PAKET DITERIMA OLEH
<recipient>"), and "Paket akan dikirim ke alamat penerima" (to the recipient's address:
the round) next to "Paket akan dikirimkan ke <hub>" (on to a hub); a parcel kept in the
warehouse is a problem, "akan diretur" a return, "Gagal dikirim" / "gagal antar" a failed
delivery, and a courier's proof-of-delivery outcomes name the refusal, the unknown or
incomplete address, the empty house and the move as failures, "Dimusnahkan" (destroyed) as
a loss.

Vocabulary from Greek couriers' status texts (ACS, ELTA Courier, Geniki Taxydromiki,
Speedex) as a tracking integration translates them, J&T Express Indonesia's scan texts
(a recorded response, a status mapping), a recorded SiCepat history, Pos Indonesia's tracking
states and an Indonesian courier system's delivery outcomes
(lossanalytics/normalise/known_texts/SOURCES.md names each).
"""

from __future__ import annotations

import unicodedata

from lossanalytics.normalise.status_phrases_outcomes import Step


def _with_bare(*phrases: str) -> tuple[str, ...]:
    # Upper-case Greek is printed without accents; case folding keeps them on lower case.
    bare = ("".join(c for c in unicodedata.normalize("NFD", p) if not unicodedata.combining(c)) for p in phrases)
    return tuple(dict.fromkeys((*phrases, *(unicodedata.normalize("NFC", b) for b in bare))))


GREEK_INDONESIAN_STEPS: tuple[Step, ...] = (
    ("lost", {
        "id": (r"dimusnahkan",),
    }),
    ("unknown", {
        "el": _with_bare("δεν βρέθηκε"),
    }),
    ("exception", {
        "el": _with_bare("κράτηση"),
        "id": (r"paket disimpan di gudang",),
    }),
    ("returned", {
        "el": _with_bare("επιστροφ"),
        "id": (r"(?:akan )?diretur", r"kembali ke pengirim"),
    }),
    ("delivery_failed", {
        "id": (r"gagal (?:dikirim|antar|diantar)", r"alamat tidak (?:ditemukan|lengkap)", r"nama tidak dikenal", r"rumah kosong",
               r"ditolak", r"^pindah$", r"penerima resign",
               r"(?:rumah|kantor)(?: kantor)? (?:kosong|tidak dihuni)", r"penerima tidak di ?kenal", r"penerima pindah alamat",
               r"penerima meninggal", r"penerima menolak (?:bayar|membayar|menerima)", r"libur cuti", r"dinas luar kota",
               # The recipient's premises closed (JNE U09, U23), never a carrier's counter: only as the whole reason.
               r"^tutup (?:pada |libur )?(?:akhir pekan|hari libur)"),
    }),
    # In a PopBox parcel locker (JNE DB1).
    ("available_for_pickup", {
        "id": (r"di pop ?box",),
    }),
    ("delivered", {
        "el": _with_bare("παραδόθηκε"),
        "id": (r"^kiriman sudah diambil$", r"paket telah diterima(?! oleh)", r"paket diterima oleh", r"^diterima$", r"selesai antar"),
    }),
    ("out_for_delivery", {
        "id": (r"(?:akan )?dikirim ke alamat penerima", r"paket dibawa", r"proses antar"),
    }),
    ("info_received", {
        "el": _with_bare("δημιουργία"),
        "id": (r"manifes", r"permintaan pick ?up"),
    }),
    ("in_transit", {
        "el": _with_bare("παρελήφθη", "παραλαβ", "μεταφορ", "διακίνηση", "διάκριση"),
        "id": (r"paket telah diterima oleh", r"(?:telah )?di ?terima di", r"keluar dari", r"(?:akan|telah) dikirimkan ke",
               r"telah sampai di", r"posting loket",
               r"puri (?:kirim|terima)", r"manifest terima"),
    }),
)
