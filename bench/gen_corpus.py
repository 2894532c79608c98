#!/usr/bin/env python3
"""gen_corpus.py --n N --out DIR [--seed S]: a deterministic corpus of N seed-format articles for the benchmark.

Used by run.sh when ../shared/bench/gen_corpus.py (the team's shared generator) is not there. Each article has a
title naming some of its tags, a "KOTA, iNews.id - " dateline, 6 to 14 paragraphs of Indonesian-looking text in
which the tags recur (so tag inference has work to do), one sentence with a date such as "pada Kamis (27/7/2023)"
(so date inference does too), and an "Editor:" line. Article i depends only on (seed, i).
"""
import argparse
import datetime
import os
import random

WORDS = ("yang dan di ke dari untuk dengan pada dalam ini itu akan telah sudah masih juga tidak bisa harus "
         "pemerintah masyarakat warga presiden menteri gubernur kota daerah provinsi program anggaran proyek "
         "pembangunan jalan energi harga pasar ekonomi investasi perdagangan industri usaha pekerja pajak bank "
         "pendidikan sekolah kesehatan rumah sakit polisi kasus pengadilan pemilu partai rapat kunjungan kerja "
         "sama perjanjian militer keamanan wilayah bencana banjir gempa cuaca laut hutan lingkungan pertanian "
         "pertandingan pemain klub musik film wisata teknologi digital aplikasi mengatakan menjelaskan menegaskan "
         "meminta mendorong mendukung melakukan membahas meningkatkan membangun menangani mengumumkan baru besar "
         "penting utama resmi tahun bulan pekan hari pagi malam kemarin depan pertama kedua awal akhir").split()
TAGS = ["Rusia", "Korea Utara", "China", "Amerika Serikat", "Ukraina", "Jepang", "Indonesia", "Malaysia",
        "Singapura", "Australia", "India", "Arab Saudi", "Turki", "Mesir", "Palestina", "Inggris", "Prancis",
        "Jerman", "Brasil", "Kanada", "PBB", "NATO", "ASEAN", "Uni Eropa", "WHO", "IMF", "KPK", "DPR", "Polri",
        "TNI", "BMKG", "BNPB", "Bank Indonesia", "OJK", "Pertamina", "PLN", "KPU", "Bawaslu", "PSSI", "Persija",
        "Persib", "Basarnas", "Komnas HAM", "Mahkamah Konstitusi", "Pyongyang", "Seoul", "Jakarta", "Surabaya",
        "Bandung", "Medan", "Makassar", "Bali", "Papua", "Aceh", "Lombok", "Gaza", "Natuna", "Krimea",
        "Sergei Shoigu", "Joko Widodo", "Sri Mulyani", "Retno Marsudi", "Erick Thohir", "Ridwan Kamil"]
CITIES = ["JAKARTA", "MOSKOW", "SURABAYA", "BANDUNG", "MEDAN", "MAKASSAR", "DENPASAR", "TOKYO", "BEIJING"]
EDITORS = ["Anton Suhartono", "Dewi Kartika", "Budi Santoso", "Siti Rahmawati", "Ahmad Fauzi", "Rina Marlina"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
VERBS = ["Bahas", "Tolak", "Dukung", "Umumkan", "Tunda", "Percepat", "Evaluasi", "Selidiki", "Sepakati"]
NOUNS = ["Kerja Sama Pertahanan", "Harga BBM", "Anggaran Pendidikan", "Proyek Infrastruktur", "Latihan Militer",
         "Subsidi Listrik", "Kasus Korupsi", "Investasi Asing", "Bantuan Sosial", "Ibu Kota Baru"]
FIRST_DAY = datetime.date(2014, 1, 1)
DAYS_SPAN = (datetime.date(2024, 12, 31) - FIRST_DAY).days + 1
# A few tags are everywhere and most are rare, as in news: weight falls with the position in the list.
WEIGHTS = [1.0 / (k + 1) for k in range(len(TAGS))]


def sentence(rng, tags):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
    if rng.random() < 0.6:
        words[rng.randrange(len(words))] = rng.choice(tags)
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def article(seed, i):
    rng = random.Random(f"bench:{seed}:{i}")
    tags = []
    while len(tags) < rng.randint(3, 5):
        tag = rng.choices(TAGS, weights=WEIGHTS)[0]
        if tag not in tags:
            tags.append(tag)
    date = FIRST_DAY + datetime.timedelta(days=rng.randrange(DAYS_SPAN))
    title = f"{tags[0]} {rng.choice(VERBS)} {rng.choice(NOUNS)}"
    paragraphs = []
    dated = rng.randrange(3)
    for p in range(rng.randint(6, 14)):
        sentences = [sentence(rng, tags) for _ in range(rng.randint(3, 7))]
        if p == dated:
            sentences[-1] = sentences[-1][:-1] + f" pada {DAYS[date.weekday()]} ({date.day}/{date.month}/{date.year})."
        paragraphs.append(" ".join(sentences))
    paragraphs[-1] += " Hal itu berkaitan dengan " + " dan ".join(tags) + "."
    lines = [title, f"{rng.choice(CITIES)}, iNews.id - {paragraphs[0]}", *paragraphs[1:], f"Editor: {rng.choice(EDITORS)}"]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for i in range(args.n):
        with open(os.path.join(args.out, f"{i:06d}.txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write(article(args.seed, i))


if __name__ == "__main__":
    main()
