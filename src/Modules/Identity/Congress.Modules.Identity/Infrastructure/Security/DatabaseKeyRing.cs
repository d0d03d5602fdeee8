using System.Xml.Linq;
using Congress.Modules.Identity.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Identity.Infrastructure.Security;

/// <summary>One data-protection key, as ASP.NET Core writes it (XML).</summary>
internal sealed class DataProtectionKeyRow
{
    public Guid Id { get; init; }
    public string? FriendlyName { get; init; }
    public required string Xml { get; init; }
}

/// <summary>
/// The keys that sign cookies and bearer tokens, kept in the database instead of the host's home folder, so every host
/// on one database accepts what another issued and a restarted host keeps its users signed in.
/// </summary>
internal sealed class DatabaseKeyRing(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        return db.DataProtectionKeys.Select(k => k.Xml).AsEnumerable().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        db.DataProtectionKeys.Add(new DataProtectionKeyRow { Id = Guid.NewGuid(), FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
