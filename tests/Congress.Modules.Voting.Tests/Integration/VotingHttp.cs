using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Congress.Modules.Voting.Tests.Integration;

/// <summary>What the storm tests send over real HTTP, and the parts of the answers they read.</summary>
internal static class VotingHttp
{
    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, string token, HttpMethod method, string path, object body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    public static async Task<T> GetAsync<T>(HttpClient http, string token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    internal sealed record ReceiptBody(string Receipt, bool AlreadyRecorded);
    internal sealed record Choice(string Key, int Votes);
    internal sealed record Result(int BallotsCast, int Valid, IReadOnlyList<Choice> Choices);
    internal sealed record Published(Result Result);
    internal sealed record ListedBallot(Guid BallotId, string Receipt);
}
