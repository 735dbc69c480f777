using System.Text.Json;
using Dashboard.Core.Extraction;

namespace Dashboard.Cli.Extract;

/// <summary>Writes facts in the output shape of <c>dashboard extract</c>; nulls are written, not omitted.</summary>
internal static class ExtractJson
{
    public static void WriteActor(Utf8JsonWriter writer, string field, ActorMention actor)
    {
        writer.WriteStartObject();
        writer.WriteString("field", field);
        writer.WriteNumber("start", actor.Start);
        writer.WriteNumber("end", actor.End);
        writer.WriteString("text", actor.Text);
        writer.WriteString("kind", actor.Kind switch
        {
            ActorKind.Person => "person",
            ActorKind.Organization => "organization",
            _ => "place",
        });
        writer.WriteString("canonical", actor.Canonical);
        writer.WriteEndObject();
    }

    public static void WriteCasualty(Utf8JsonWriter writer, string field, CasualtyFact fact)
    {
        writer.WriteStartObject();
        writer.WriteString("field", field);
        writer.WriteNumber("start", fact.Start);
        writer.WriteNumber("end", fact.End);
        writer.WriteString("text", fact.Text);
        writer.WriteString("kind", fact.Kind);
        WriteNumberOrNull(writer, "min", fact.Min);
        WriteNumberOrNull(writer, "max", fact.Max);
        writer.WriteBoolean("approx", fact.Approx);
        WriteStringOrNull(writer, "group", fact.Group);
        WriteStringOrNull(writer, "affiliation", fact.Affiliation);
        WriteStringOrNull(writer, "place", fact.Place);

        writer.WriteEndObject();
    }

    private static void WriteStringOrNull(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
