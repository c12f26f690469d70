using System.Text.Json;

namespace DataInclusion.Pipeline.Bench;

internal sealed partial class FeedGenerator
{
    private void WriteStructure(Utf8JsonWriter w, int index, Flaw? flaw)
    {
        var kind = flaw?.Name;
        w.WriteStartObject();
        if (kind == "objet.vide")
        {
            w.WriteEndObject();
            return;
        }

        var (codeInsee, commune) = Commune();
        var id = kind == "id.doublon" ? StructureId(index - 1) : StructureId(index);
        w.WriteString("source", Source);
        w.WriteString("id", id);
        switch (kind)
        {
            case "nom.null": w.WriteNull("nom"); break;
            case "nom.absent": break;
            case "nom.nombre": w.WriteNumber("nom", 42); break;
            default: w.WriteString("nom", $"{Prose.Text(_random, 30)[..^1]} {commune}"); break;
        }

        switch (kind)
        {
            case "date_maj.future": w.WriteString("date_maj", "2099-01-01"); break;
            case "date_maj.nombre": w.WriteNumber("date_maj", 20260101); break;
            default: w.WriteString("date_maj", DateMaj()); break;
        }

        w.WriteString("description", Prose.Text(_random, kind == "description.10001-caracteres" ? 10_001 : _random.Next(200, 600)));
        w.WriteString("lien_source", $"https://annuaire.bench.example/structures/{id}");
        w.WriteString("siret", kind switch
        {
            "siret.format" => "1234",
            "siret.cle" => "12345678901234",
            _ => Sirets.Next(_random),
        });
        w.WriteString("commune", commune);
        w.WriteString("code_postal", kind == "code_postal.format" ? "4400" : CodePostal(codeInsee));
        w.WriteString("code_insee", kind == "code_insee.format" ? "ABC" : codeInsee);
        w.WriteString("adresse", $"{_random.Next(1, 200)} rue {Prose.Text(_random, 12)[..^1]}");
        w.WriteNumber("longitude", Math.Round(-4.5 + _random.NextDouble() * 12, 5));
        w.WriteNumber("latitude", Math.Round(42.5 + _random.NextDouble() * 8.5, 5));
        if (kind == "telephone.objet")
        {
            w.WriteStartObject("telephone");
            w.WriteString("numero", Telephone());
            w.WriteEndObject();
        }
        else
        {
            w.WriteString("telephone", Telephone());
        }

        w.WriteString("courriel", kind == "courriel.format" ? "pas-un-courriel" : $"contact@{id}.bench.example");
        w.WriteString("site_web", $"https://www.{id}.bench.example");
        w.WriteString("horaires_accueil", "Mo-Fr 09:00-12:30,14:00-17:30");
        switch (kind)
        {
            case "reseaux_porteurs.inconnu": WriteArray(w, "reseaux_porteurs", ["reseau-inconnu"]); break;
            case "reseaux_porteurs.liste-imbriquee":
                w.WriteStartArray("reseaux_porteurs");
                w.WriteStartArray();
                w.WriteStringValue("aci");
                w.WriteEndArray();
                w.WriteEndArray();
                break;
            default: WriteArray(w, "reseaux_porteurs", Pick(vocabulary.Reseaux, 0, 2)); break;
        }

        w.WriteEndObject();
    }
}
