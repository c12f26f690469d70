#!/usr/bin/env python3
"""Writes a national-size schema v1 structures file (NDJSON) for timing `datainclusion dedup`.

usage: bench/dedup/generate_structures.py [COUNT [BIG_CITY_SHARE]] > structures.ndjson
       (default 100000 and 0.2; seeded, same bytes every run; a share of 1.0 puts everything in 20 cities: the worst case for blocking)

Places are spread over the real communes of src/Normalize/Enrichment/Data/communes.csv, a fifth of them in the 20
largest cities (as the real referential is), with network names (Mission locale, CCAS, France services...) and a
quarter of the places listed a second time by another source with reformatted phone, abbreviated address and a
drift of up to 300 m, so blocking and scoring see realistic block sizes and candidate pairs.
"""
import csv, json, math, random, sys
from pathlib import Path

count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
big_share = float(sys.argv[2]) if len(sys.argv) > 2 else 0.2
rng = random.Random(2026)
root = Path(__file__).resolve().parents[2]
with open(root / "src/Normalize/Enrichment/Data/communes.csv", encoding="utf-8") as f:
    communes = [(r["code_insee"], r["nom"]) for r in csv.DictReader(f)]
big = [c for c in communes if c[0] in {"75056", "13055", "69123", "31555", "06088", "44109", "67482", "34172", "33063", "59350",
                                       "35238", "51454", "76351", "42218", "83137", "38185", "21231", "49007", "30189", "69266"}]
networks = ["Mission locale", "CCAS de {c}", "France services {c}", "Secours populaire", "Croix-Rouge française",
            "Restos du Cœur {c}", "France Travail {c}", "Info Jeunes {c}", "Emmaüs", "Secours catholique"]
words = ["Escale", "Boussole", "Passerelle", "Tremplin", "Phare", "Relais", "Lien", "Abri", "Ancre", "Étape", "Jardin",
         "Atelier", "Entraide", "Solidarité", "Horizon", "Envol", "Rencontre", "Accueil", "Partage", "Fraternité"]
streets = ["rue Victor Hugo", "avenue Jean Jaurès", "boulevard Gambetta", "place de la République", "rue Pasteur",
           "allée des Lilas", "rue de la Gare", "quai Voltaire", "chemin du Moulin", "rue Émile Zola"]
sources = ["dora", "soliguide", "mediation-numerique", "emplois-de-linclusion", "france-travail"]

def centre(code):
    r = random.Random(code)
    return 42.5 + r.random() * 8.5, -4.5 + r.random() * 12

def place(i):
    code, name = rng.choice(big) if rng.random() < big_share else rng.choice(communes)
    lat, lon = centre(code)
    nom = rng.choice(networks).replace("{c}", name) if rng.random() < 0.4 else f"{rng.choice(words)} {rng.choice(words)}"
    return {"nom": nom, "code_insee": code, "commune": name, "adresse": f"{rng.randint(1, 200)} {rng.choice(streets)}",
            "latitude": round(lat + (rng.random() - 0.5) * 0.04, 6), "longitude": round(lon + (rng.random() - 0.5) * 0.06, 6),
            "telephone": f"0{rng.randint(1, 5)}{rng.randint(10_000_000, 99_999_999)}",
            "siret": "".join(str(rng.randint(0, 9)) for _ in range(14)) if rng.random() < 0.6 else None}

written, n = 0, 0
out = sys.stdout
while written < count:
    p = place(n)
    copies = 2 if rng.random() < 0.25 else 1
    for k in range(min(copies, count - written)):
        rec = dict(p, source=sources[(n + k) % len(sources)], id=f"{sources[(n + k) % len(sources)]}--{n:07d}-{k}",
                   date_maj="2025-06-01")
        if k == 1:
            t = rec["telephone"]
            rec["telephone"] = " ".join(t[i:i + 2] for i in range(0, 10, 2))
            rec["adresse"] = rec["adresse"].replace("rue ", "r. ").replace("avenue ", "av. ").replace("boulevard ", "bd ")
            d, b = rng.random() * 300, rng.random() * 2 * math.pi
            rec["latitude"] = round(rec["latitude"] + d * math.cos(b) / 111_320, 6)
            rec["longitude"] = round(rec["longitude"] + d * math.sin(b) / 78_000, 6)
            rec["siret"] = None if rng.random() < 0.5 else rec["siret"]
        out.write(json.dumps({k2: v for k2, v in rec.items() if v is not None}, ensure_ascii=False) + "\n")
        written += 1
    n += 1
