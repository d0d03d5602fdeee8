using System.Net;
using System.Text.RegularExpressions;
using Congress.Testing;
using FluentAssertions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Congress.Host.Tests;

/// <summary>Hangfire's dashboard at /jobs is for system administrators only, whether they come with the portal's cookie or a bearer token.</summary>
public sealed class JobsDashboardTests(CongressFactory factory) : IClassFixture<CongressFactory>
{
    [Fact]
    public async Task A_system_administrator_with_a_bearer_token_sees_the_dashboard()
    {
        var admin = await factory.ClientForAsync("admin");

        var response = await admin.GetAsync("/jobs");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync();
        page.Should().Contain("Hangfire").And.Contain("Công việc nền");
        var recurring = await admin.GetAsync("/jobs/recurring");
        recurring.StatusCode.Should().Be(HttpStatusCode.OK);
        (await recurring.Content.ReadAsStringAsync()).Should().Contain("outbox-relay");
    }

    [Fact]
    public async Task Anyone_else_is_refused_403_when_signed_in_and_401_when_not()
    {
        var organiser = await factory.ClientForAsync("btc");
        var observer = await factory.ClientForAsync("quansat");
        var anonymous = factory.CreateClient();

        (await organiser.GetAsync("/jobs")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await organiser.GetAsync("/jobs/jobs/failed")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await observer.GetAsync("/jobs/recurring")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await anonymous.GetAsync("/jobs")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync("/jobs/stats")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var trigger = await anonymous.PostAsync("/jobs/recurring/trigger", new FormUrlEncodedContent([new("jobs[]", "outbox-relay")]));
        trigger.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "nobody may trigger a job without signing in");
    }

    [Fact]
    public async Task The_portal_cookie_of_an_administrator_opens_it_and_that_of_an_organiser_does_not()
    {
        var admin = await PortalClientAsync("admin");
        var organiser = await PortalClientAsync("btc");

        (await admin.GetAsync("/jobs")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await organiser.GetAsync("/jobs")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    /// <summary>Signs in through the portal's login form (its antiforgery token included) and keeps the cookie.</summary>
    private async Task<HttpClient> PortalClientAsync(string userName)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await client.GetStringAsync("/login");
        var input = Regex.Match(login, "<input[^>]*__RequestVerificationToken[^>]*>").Value;
        var token = Regex.Match(input, "value=\"([^\"]+)\"").Groups[1].Value;
        token.Should().NotBeEmpty();
        var signedIn = await client.PostAsync("/account/login", new FormUrlEncodedContent(
            [new("userName", userName), new("password", CongressFactory.DemoPassword), new("returnUrl", "/"), new("__RequestVerificationToken", token)]));
        signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        signedIn.Headers.Location!.ToString().Should().Be("/", "the sign-in succeeded");
        return client;
    }
}
