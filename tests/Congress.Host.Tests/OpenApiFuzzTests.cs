using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Congress.Testing;
using FluentAssertions;
using Xunit.Abstractions;

namespace Congress.Host.Tests;

/// <summary>
/// Bad input never gives a 500: every operation the OpenAPI document lists, with its path filled by random ids and by
/// the demo congress's real ids, gets a handful of malformed bodies (not JSON, wrong JSON types, huge numbers, nulls,
/// empty, truncated multipart with and without a boundary, a multipart with a garbage file, garbage bytes for each media
/// type it accepts) and garbage query values, as an administrator (bearer token) and as nobody. Seeded, so a failure
/// repeats; bounded, so it runs in well under a minute.
/// </summary>
public sealed class OpenApiFuzzTests(CongressFactory factory, ITestOutputHelper output) : IClassFixture<CongressFactory>
{
    private const int Seed = 20251204;
    private const int MaxRequests = 6_000; // ~3,600 with nine modules (2026-12-05), in seconds
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];
    private static readonly string[] BodyMethods = ["put", "post", "patch"];

    [Fact]
    public async Task No_operation_answers_a_5xx_to_malformed_input_from_an_administrator_or_from_nobody()
    {
        var random = new Random(Seed);
        var admin = await factory.ClientForAsync("admin");
        var nobody = factory.CreateClient(new() { AllowAutoRedirect = false });
        var document = JsonNode.Parse(await admin.GetStringAsync("/openapi/v1.json"))!;
        var operations = Operations(document).ToList();
        var realIds = await HarvestIdsAsync(admin, operations);

        var failures = new List<string>();
        var sent = 0;
        var exercised = new HashSet<string>();
        foreach (var op in operations)
        {
            var paths = new List<(string Kind, string Path)> { ("random ids", Fill(op.Path, _ => Guid.NewGuid().ToString(), random)) };
            if (op.Path.Contains('{')) paths.Add(("demo ids", Fill(op.Path, name => RealId(realIds, name, random), random)));
            foreach (var (idKind, path) in paths)
            {
                foreach (var (bodyKind, body) in Bodies(document, op, random))
                {
                    foreach (var (caller, client) in new[] { ("admin", admin), ("nobody", nobody) })
                    {
                        // Nobody is refused before the body is read: one id variant is enough for them.
                        if (caller == "nobody" && idKind == "demo ids") continue;
                        var target = path + (bodyKind == "garbage query" ? GarbageQuery(op, random) : GoodQuery(op));
                        using var request = new HttpRequestMessage(new HttpMethod(op.Method.ToUpperInvariant()), target) { Content = body?.Invoke() };
                        // Headers first: a live feed (server-sent events) never ends; its status is what is checked.
                        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
                        sent++;
                        exercised.Add($"{op.Method} {op.Path}");
                        if ((int)response.StatusCode >= 500)
                            failures.Add($"{op.Method.ToUpperInvariant()} {op.Path} [{idKind}, {bodyKind}, {caller}] → {(int)response.StatusCode} {Truncate(await response.Content.ReadAsStringAsync())}");
                    }
                }
            }
        }

        output.WriteLine($"{operations.Count} operations, {sent} requests, {failures.Count} answered 5xx; demo ids for: {string.Join(", ", realIds.Keys)}");
        foreach (var failure in failures) output.WriteLine(failure);
        operations.Count.Should().BeGreaterThan(40, "the document lists every module's operations; a fuzz over a handful would prove nothing");
        exercised.Should().HaveCount(operations.Count);
        realIds.Keys.Should().Contain(["congress", "delegate", "organisation"], "the demo ids were found, so real records were hit too");
        sent.Should().BeInRange(operations.Count * 2, MaxRequests);
        failures.Should().BeEmpty("bad input must get a 4xx, never a 5xx:\n" + string.Join("\n", failures));
    }

    [Theory]
    [InlineData("post", "identify", "multipart/form-data; boundary=cut", "--cut\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"a.jpg\"\r\n\r\n\u00FF\u00D8")]
    [InlineData("post", "identify", "multipart/form-data", "--x\r\nContent-Disposition: form-data; name=\"photo\"\r\n\r\nb\r\n--x--\r\n")]
    [InlineData("post", "enrolment-batches", "multipart/form-data; boundary=cut", "--cut\r\nContent-Disposition: form-data; name=\"archive\"; filename=\"a.zip\"\r\n\r\nPK\u0003\u0004")]
    [InlineData("post", "enrolment-batches", "multipart/form-data", "--x\r\nContent-Disposition: form-data; name=\"archive\"; filename=\"a.zip\"\r\n\r\nPK\r\n--x--\r\n")]
    [InlineData("put", "face", "multipart/form-data; boundary=cut", "--cut\r\nContent-Disposition: form-data; name=\"photo\"")]
    public async Task A_malformed_multipart_photo_or_archive_is_a_400_problem_that_names_the_mistake(string method, string endpoint, string contentType, string body)
    {
        var admin = await factory.ClientForAsync("admin");
        var congress = (await admin.GetFromJsonAsync<JsonElement>("/api/delegates/congresses")).EnumerateArray().First().GetProperty("id").GetGuid();
        var path = endpoint == "face" ? $"/api/biometrics/congresses/{congress}/delegates/{Guid.NewGuid()}/face" : $"/api/biometrics/congresses/{congress}/{endpoint}";

        using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), path) { Content = Raw(contentType, Encoding.Latin1.GetBytes(body)) };
        using var response = await admin.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().Should().Be("biometrics.form.malformed");
        problem.GetProperty("title").GetString().Should().Contain("multipart");
    }

    private sealed record Operation(string Method, string Path, JsonNode Node);

    private static IEnumerable<Operation> Operations(JsonNode document) =>
        from path in document["paths"]!.AsObject()
        from method in Methods
        let node = path.Value![method]
        where node is not null
        orderby path.Key, method
        select new Operation(method, path.Key, node);

    // ---- paths ---------------------------------------------------------------------------------------------------------

    private static string Fill(string template, Func<string, string> value, Random random) =>
        System.Text.RegularExpressions.Regex.Replace(template, "{([^}:]+)[^}]*}", m => Uri.EscapeDataString(value(m.Groups[1].Value)));

    /// <summary>A real id for a path parameter: congressId ← the ids listed under …/congresses, batchId ← …/enrolment-batches.</summary>
    private static string RealId(Dictionary<string, List<string>> ids, string parameter, Random random)
    {
        var wanted = Normalise(parameter.EndsWith("Id") ? parameter[..^2] : parameter);
        var pool = ids.FirstOrDefault(kv => kv.Key == wanted).Value ?? ids.FirstOrDefault(kv => kv.Key.EndsWith(wanted)).Value;
        return pool is { Count: > 0 } ? pool[random.Next(pool.Count)] : Guid.NewGuid().ToString();
    }

    /// <summary>
    /// GETs every operation whose path needs at most the ids found so far, twice, collecting each object's "id" under
    /// the resource its path names (…/congresses → congress) and every "somethingId" property under its own name.
    /// </summary>
    private static async Task<Dictionary<string, List<string>>> HarvestIdsAsync(HttpClient admin, List<Operation> operations)
    {
        var ids = new Dictionary<string, List<string>>();
        var random = new Random(Seed);
        for (var round = 0; round < 2; round++)
        {
            foreach (var op in operations.Where(o => o.Method == "get" && !o.Path.StartsWith("/openapi")))
            {
                var path = Fill(op.Path, name => RealId(ids, name, random), random);
                using var response = await admin.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
                if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "application/json") continue;
                var resource = op.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(s => !s.StartsWith('{')) ?? "";
                Collect(JsonNode.Parse(await response.Content.ReadAsStringAsync()), Singular(resource), ids);
            }
        }
        return ids;
    }

    private static void Collect(JsonNode? node, string resource, Dictionary<string, List<string>> ids)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array.Take(20)) Collect(item, resource, ids);
                break;
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (value is JsonValue v && v.TryGetValue<string>(out var s) && Guid.TryParse(s, out _))
                    {
                        var key = name == "id" ? resource : name.EndsWith("Id") ? Normalise(name[..^2]) : null;
                        if (key is null) continue;
                        var pool = ids.TryGetValue(key, out var list) ? list : ids[key] = [];
                        if (!pool.Contains(s) && pool.Count < 20) pool.Add(s);
                    }
                    else if (name is "items" or "data" || value is JsonArray) Collect(value, resource, ids);
                }
                break;
        }
    }

    private static string Normalise(string name) => name.Replace("-", "").Replace("_", "").ToLowerInvariant();

    private static string Singular(string segment)
    {
        var s = Normalise(segment);
        return s.EndsWith("sses") || s.EndsWith("ches") ? s[..^2] : s.EndsWith('s') ? s[..^1] : s;
    }

    // ---- query ---------------------------------------------------------------------------------------------------------

    private static IEnumerable<(string Name, bool Required, string Type)> QueryParameters(Operation op) =>
        (op.Node["parameters"]?.AsArray() ?? [])
        .Where(p => p!["in"]?.GetValue<string>() == "query")
        .Select(p => (p!["name"]!.GetValue<string>(), p["required"]?.GetValue<bool>() ?? false, p["schema"]?["type"]?.ToString() ?? "string"));

    private static string GoodQuery(Operation op)
    {
        var required = QueryParameters(op).Where(p => p.Required).Select(p => $"{p.Name}={(p.Type.Contains("integer") ? "1" : "x")}").ToList();
        return required.Count == 0 ? "" : "?" + string.Join("&", required);
    }

    private static string GarbageQuery(Operation op, Random random)
    {
        string[] garbage = ["abc", "-1", "99999999999999999999999", "%00", "' OR 1=1 --", new string('x', 5000), "", "1e400", "null"];
        var parameters = QueryParameters(op).Select(p => p.Name).DefaultIfEmpty("unexpected");
        return "?" + string.Join("&", parameters.Select(p => $"{p}={Uri.EscapeDataString(garbage[random.Next(garbage.Length)])}"));
    }

    // ---- bodies --------------------------------------------------------------------------------------------------------

    private static IEnumerable<(string Kind, Func<HttpContent>? Body)> Bodies(JsonNode document, Operation op, Random random)
    {
        yield return ("no body", null);
        yield return ("garbage query", null);
        if (!BodyMethods.Contains(op.Method) && op.Node["requestBody"] is null) yield break;

        var schema = Resolve(document, op.Node["requestBody"]?["content"]?["application/json"]?["schema"]);
        var properties = Resolve(document, schema)?["properties"]?.AsObject().Select(p => (p.Key, Schema: Resolve(document, p.Value))).ToList() ?? [];
        var junk = new byte[600];
        random.NextBytes(junk);

        yield return ("not JSON", () => Json("this is { not json"));
        yield return ("empty JSON body", () => Json(""));
        yield return ("JSON null", () => Json("null"));
        yield return ("JSON array", () => Json("[1, \"two\", null]"));
        yield return ("wrong JSON types", () => Json(Object(properties, s => WrongType(s))));
        yield return ("huge numbers", () => Json(Object(properties, s => Type(s) is "integer" or "number" ? "99999999999999999999999999999" : Type(s) == "string" ? JsonSerializer.Serialize(new string('ệ', 20_000)) : "1e400")));
        yield return ("nulls", () => Json(Object(properties, _ => "null")));
        yield return ("truncated JSON", () => Json(Object(properties, s => WrongType(s))[..^3]));
        yield return ("truncated multipart with boundary", () => Raw("multipart/form-data; boundary=fuzzbound",
            Encoding.Latin1.GetBytes("--fuzzbound\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n\xFF\xD8\xFFgarbage")));
        yield return ("multipart without boundary", () => Raw("multipart/form-data", Encoding.ASCII.GetBytes("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--\r\n")));
        yield return ("multipart with a garbage file", () =>
        {
            var form = new MultipartFormDataContent("fuzz-boundary");
            foreach (var field in (string[])["file", "photo", "archive"])
            {
                var file = new ByteArrayContent(junk);
                file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                form.Add(file, field, field == "archive" ? "archive.zip" : field == "file" ? "delegates.csv" : "photo.jpg");
            }
            form.Add(new StringContent("{ not json"), "json");
            return form;
        });
        var mediaTypes = op.Node["requestBody"]?["content"]?.AsObject().Select(c => c.Key)
            .Where(t => !t.StartsWith("application/json") && !t.StartsWith("multipart/")).ToList() ?? [];
        foreach (var type in mediaTypes)
        {
            yield return ($"garbage {type}", () => Raw(type, junk));
            // Starts like the real thing, then breaks: a JPEG/PNG header, a zip local-file header, a CSV with a broken quote.
            yield return ($"truncated {type}", () => Raw(type, type switch
            {
                "image/jpeg" => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01],
                "image/png" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, (byte)'I', (byte)'H'],
                "application/zip" => [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xFF, 0xFF],
                _ => Encoding.UTF8.GetBytes("\"unterminated,quote\n1,2,3\n"),
            }));
        }
    }

    private static JsonNode? Resolve(JsonNode document, JsonNode? schema)
    {
        for (var i = 0; i < 5 && schema?["$ref"] is { } reference; i++)
        {
            var path = reference.GetValue<string>().TrimStart('#', '/').Split('/');
            schema = path.Aggregate((JsonNode?)document, (node, segment) => node?[segment]);
        }
        return schema;
    }

    private static string Type(JsonNode? schema) => schema?["type"] switch
    {
        JsonArray types => types.Select(t => t!.ToString()).FirstOrDefault(t => t != "null") ?? "null",
        { } type => type.ToString(),
        _ => "object",
    };

    private static string WrongType(JsonNode? schema) => Type(schema) switch
    {
        "string" => "12345",
        "integer" or "number" => "\"not a number\"",
        "boolean" => "\"maybe\"",
        "array" => "{\"a\": 1}",
        _ => "[true, 3]",
    };

    private static string Object(List<(string Key, JsonNode? Schema)> properties, Func<JsonNode?, string> value) =>
        properties.Count == 0
            ? "{\"unexpected\": [1, {\"x\": null}]}"
            : "{" + string.Join(", ", properties.Select(p => $"{JsonSerializer.Serialize(p.Key)}: {value(p.Schema)}")) + "}";

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static ByteArrayContent Raw(string mediaType, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.TryAddWithoutValidation("Content-Type", mediaType);
        return content;
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
