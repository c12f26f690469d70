using System.Text.Json;

namespace DataInclusion.Pipeline.Bench;

internal sealed partial class FeedGenerator
{
    private void WriteService(Utf8JsonWriter w, int index, Flaw? flaw)
    {
        var kind = flaw?.Name;
        w.WriteStartObject();
        if (kind == "objet.vide")
        {
            w.WriteEndObject();
            return;
        }

        // Services spread over the structures, most structures having one or two.
        var structureId = kind == "structure_id.inconnue" ? "structure-absente" : StructureId(_random.Next(scale.Structures));
        var id = $"service-{(kind == "id.doublon" ? index - 1 : index):D7}";
        var (codeInsee, commune) = Commune();
        w.WriteString("source", Source);
        w.WriteString("structure_id", structureId);
        w.WriteString("id", id);
        if (kind == "nom.null")
        {
            w.WriteNull("nom");
        }
        else
        {
            w.WriteString("nom", Prose.Text(_random, _random.Next(20, 80))[..^1]);
        }

        if (kind != "description.absente")
        {
            w.WriteString("description", Prose.Text(_random, _random.Next(200, 700)));
        }

        w.WriteString("lien_source", $"https://annuaire.bench.example/services/{id}");
        w.WriteString("date_maj", DateMaj());
        w.WriteString("type", vocabulary.Types[_random.Next(vocabulary.Types.Length)]);
        switch (kind)
        {
            case "thematiques.inconnue": WriteArray(w, "thematiques", ["thematique-inconnue"]); break;
            case "thematiques.chaine": w.WriteString("thematiques", vocabulary.Thematiques[0]); break;
            default: WriteArray(w, "thematiques", Pick(vocabulary.Thematiques, 1, 4)); break;
        }

        w.WriteString("frais", kind == "frais.inconnu" ? "offert" : vocabulary.Frais[_random.Next(vocabulary.Frais.Length)]);
        WritePublics(w, kind);
        w.WriteString("conditions_acces", Prose.Text(_random, _random.Next(40, 160)));
        w.WriteString("commune", commune);
        w.WriteString("code_postal", CodePostal(codeInsee));
        w.WriteString("code_insee", codeInsee);
        w.WriteString("adresse", $"{_random.Next(1, 200)} avenue {Prose.Text(_random, 12)[..^1]}");
        w.WriteNumber("longitude", Math.Round(-4.5 + _random.NextDouble() * 12, 5));
        if (kind == "latitude.texte")
        {
            w.WriteString("latitude", "quarante-huit");
        }
        else
        {
            w.WriteNumber("latitude", Math.Round(42.5 + _random.NextDouble() * 8.5, 5));
        }

        w.WriteString("telephone", Telephone());
        w.WriteString("courriel", $"accueil@{structureId}.bench.example");
        WriteArray(w, "modes_accueil", Pick(vocabulary.ModesAccueil, 1, 2));
        WriteArray(w, "zone_eligibilite", [kind == "zone_eligibilite.format" ? "partout" : Departement(codeInsee)]);
        if (kind != "modes_mobilisation.absent")
        {
            WriteArray(w, "modes_mobilisation", Pick(vocabulary.ModesMobilisation, 1, 3));
        }

        WriteArray(w, "mobilisable_par", Pick(vocabulary.Mobilisateurs, 1, 2));
        w.WriteNumber("nombre_semaines", kind == "nombre_semaines.zero" ? 0 : _random.Next(1, 52));
        w.WriteString("horaires_accueil", "Mo-Fr 09:00-12:00");
        w.WriteEndObject();
    }

    private void WritePublics(Utf8JsonWriter w, string? kind)
    {
        switch (kind)
        {
            case "publics.vide": WriteArray(w, "publics", []); break;
            case "publics.tous-publics-pas-seul": WriteArray(w, "publics", ["tous-publics", "jeunes"]); break;
            case "publics.nombres":
                w.WriteStartArray("publics");
                w.WriteNumberValue(1);
                w.WriteNumberValue(2);
                w.WriteEndArray();
                break;
            default:
                // One service in ten is for everyone, as in the national data.
                WriteArray(w, "publics", _random.Next(10) == 0 ? ["tous-publics"] : Pick(vocabulary.Publics, 1, 3));
                break;
        }
    }
}
