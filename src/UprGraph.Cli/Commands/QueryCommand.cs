using System.CommandLine;
using System.Text;
using System.Text.Json;
using UprGraph.Graph;

namespace UprGraph.Cli.Commands;

/// <summary>upr-graph query top-laws|top-articles|top-stakeholders [--limit N] [--json] [--graph FILE]: the rankings, from graph.json.</summary>
internal static class QueryCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("query", "Answer the questions users ask first, from a built graph.json.");
        command.Subcommands.Add(Ranking(context, "top-laws", "Laws by the number of distinct stakeholders criticising them or asking to amend or repeal them (their articles' critics included).", GraphRankings.TopLaws, "critics"));
        command.Subcommands.Add(Ranking(context, "top-articles", "Articles by the number of distinct critics.", GraphRankings.TopArticles, "critics"));
        command.Subcommands.Add(Ranking(context, "top-stakeholders", "Stakeholders by the number of statements they make.", GraphRankings.TopStakeholders, "targets"));
        return command;
    }

    private static Command Ranking(CliContext context, string name, string description, Func<KnowledgeGraph, int, IReadOnlyList<RankedEntity>> rank, string relatedName)
    {
        var limit = new Option<int>("--limit", "-n") { Description = "How many rows (at least 1).", DefaultValueFactory = _ => 10 }.AtLeast(1);
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var graphFile = new Option<string>("--graph") { Description = "The graph.json to read.", DefaultValueFactory = _ => Path.Combine("out", "graph.json") };
        var command = new Command(name, description) { limit, json, graphFile };
        command.SetAction(parse =>
        {
            var graph = GraphInputs.ReadGraph(parse.GetValue(graphFile)!);
            var ranking = rank(graph, parse.GetValue(limit));
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(Json(ranking, relatedName));
            }
            else
            {
                context.Console.Write(relatedName == "critics"
                    ? Tables.Ranking(description, ranking, "Critics", "Criticised by")
                    : Tables.Ranking(description, ranking, "Targets", "Acts addressed"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Json(IReadOnlyList<RankedEntity> ranking, string relatedName)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartArray();
            var rank = 0;
            foreach (var entry in ranking)
            {
                writer.WriteStartObject();
                writer.WriteNumber("rank", ++rank);
                writer.WriteString("id", entry.Node.Id);
                writer.WriteString("name", entry.Node.Name);
                writer.WriteNumber(relatedName, entry.Count);
                writer.WriteNumber("statements", entry.Statements);
                if (entry.Node.Year is { } year && entry.Node.Kind == Model.NodeKind.Law)
                {
                    writer.WriteNumber("year", year);
                }

                if (entry.FirstReviewYear is { } reviewYear)
                {
                    writer.WriteNumber("firstReviewYear", reviewYear);
                }

                writer.WriteStartArray(relatedName == "critics" ? "criticNames" : "targetNames");
                foreach (var related in entry.Related)
                {
                    writer.WriteStringValue(Tables.Short(related));
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
