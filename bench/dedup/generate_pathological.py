#!/usr/bin/env python3
"""Writes pathological schema v1 structures (NDJSON) for timing the clusterer's worst cases (issue 9 §2 bounds).

usage: bench/dedup/generate_pathological.py hub [COUNT]    > hub.ndjson     (default 5000)
       bench/dedup/generate_pathological.py siret [COUNT]  > siret.ndjson   (default 20000)

hub:   COUNT records at one address with one phone and one point (a huge "France services" building, or a producer that
       put its head office's contacts on every record), names drawn from a small vocabulary so that many pairs pass
       the name gate and the threshold while their clusters conflict: the chain guard's worst case.
siret: COUNT records of one network sharing one SIRET (a head office published for every antenna), half of them in
       20 big cities with nearby coordinates: one SIREN block of COUNT members.
Seeded: the same bytes every run.
"""
import json, random, sys

kind = sys.argv[1]
rng = random.Random(9)
words = ["accueil", "jour", "solidarite", "entraide", "escale", "relais", "partage", "ecoute"]
out = sys.stdout
if kind == "hub":
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
    for i in range(count):
        nom = " ".join(rng.sample(words, 3)).capitalize()
        rec = {"source": ["dora", "soliguide", "mediation-numerique"][i % 3], "id": f"hub-{i:06d}", "nom": nom,
               "date_maj": "2025-06-01", "code_insee": "35238", "commune": "Rennes", "code_postal": "35000",
               "adresse": "12 rue de la Gare", "latitude": 48.1035, "longitude": -1.6722, "telephone": "0299000000"}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
elif kind == "siret":
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    cities = [("35238", 48.11, -1.68), ("44109", 47.22, -1.55), ("75056", 48.86, 2.35), ("69123", 45.76, 4.84),
              ("13055", 43.30, 5.37), ("31555", 43.60, 1.44), ("33063", 44.84, -0.58), ("59350", 50.63, 3.06),
              ("67482", 48.58, 7.75), ("34172", 43.61, 3.88), ("06088", 43.70, 7.27), ("76351", 49.49, 0.11),
              ("42218", 45.43, 4.39), ("83137", 43.12, 5.93), ("38185", 45.19, 5.72), ("21231", 47.32, 5.04),
              ("49007", 47.47, -0.55), ("30189", 43.84, 4.36), ("51454", 49.26, 4.03), ("63113", 45.78, 3.08)]
    for i in range(count):
        code, lat, lon = rng.choice(cities)
        if rng.random() < 0.5:
            code = f"{rng.randint(1, 95):02d}{rng.randint(1, 300):03d}"
            lat, lon = 42.5 + rng.random() * 8.5, -4.5 + rng.random() * 12
        rec = {"source": ["dora", "emplois-de-linclusion"][i % 2], "id": f"ml-{i:06d}",
               "nom": f"Mission locale antenne {rng.choice(words)}", "date_maj": "2025-06-01", "code_insee": code,
               "adresse": f"{rng.randint(1, 99)} rue {rng.choice(words)}", "siret": "73282932000074",
               "latitude": round(lat + (rng.random() - 0.5) * 0.02, 6), "longitude": round(lon + (rng.random() - 0.5) * 0.03, 6)}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
else:
    sys.exit("usage: generate_pathological.py hub|siret [COUNT]")
