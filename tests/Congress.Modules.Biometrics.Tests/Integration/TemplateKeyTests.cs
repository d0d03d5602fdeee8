using System.Security.Cryptography;
using Congress.Modules.Biometrics.Application.Ports;
using Congress.Modules.Biometrics.Infrastructure.Persistence;
using Congress.Modules.Biometrics.Infrastructure.Security;
using Congress.Shared.Infrastructure.Security;
using Congress.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Biometrics.Tests.Integration;

/// <summary>
/// The face-template key is in the database only wrapped by a key of the key directory: a copy of the database does not
/// open the templates, and <c>keys rotate</c> re-wraps it without touching them. Needs no face models.
/// </summary>
public sealed class TemplateKeyTests(KeyDirectoryFactory factory) : IClassFixture<KeyDirectoryFactory>
{
    private static readonly Guid CongressId = Guid.NewGuid(), DelegateId = Guid.NewGuid();
    private static readonly float[] Embedding = Enumerable.Range(0, 512).Select(i => MathF.Sin(i)).ToArray();

    private static async Task<T> WithProtectorAsync<T>(WebApplicationFactory<Program> host, Func<ITemplateProtector, BiometricsDbContext, Task<T>> action)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ITemplateProtector>(), scope.ServiceProvider.GetRequiredService<BiometricsDbContext>());
    }

    private async Task<string> WrappedAsync() =>
        await WithProtectorAsync(factory, async (_, db) => (await db.Keys.AsNoTracking().SingleAsync()).Wrapped);

    private string CopyKeyDirectory(bool currentKeysOnly = false)
    {
        var copy = Path.Combine(Path.GetTempPath(), $"congress-keys-copy-{Guid.NewGuid():N}");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(factory.KeyDirectory))
        {
            var target = Path.Combine(copy, Path.GetFileName(file));
            if (currentKeysOnly) File.WriteAllText(target, File.ReadAllLines(file)[0]);
            else File.Copy(file, target);
        }
        return copy;
    }

    private async Task<float[]?> OpenOnAnotherHostAsync(string keyDirectory, byte[] sealedTemplate)
    {
        await using var host = factory.SecondHost(keyDirectory);
        return await WithProtectorAsync(host, (protector, _) => protector.OpenAsync(sealedTemplate, CongressId, DelegateId, default));
    }

    private async Task RotateAsync()
    {
        foreach (var rotation in factory.Services.GetServices<IKeyRotation>().OrderBy(r => r.Order))
            await rotation.RotateAsync(TextWriter.Null, default);
    }

    [Fact]
    public async Task The_template_key_is_wrapped_outside_the_database_and_rotation_re_wraps_it_without_touching_the_templates()
    {
        var sealedTemplate = await WithProtectorAsync(factory, async (protector, db) =>
        {
            var sealedBytes = await protector.SealAsync(Embedding, CongressId, DelegateId, default);
            await db.SaveChangesAsync();
            return sealedBytes;
        });
        var wrapped = await WrappedAsync();
        wrapped.Should().StartWith("aesgcm:");

        var stranger = Path.Combine(Path.GetTempPath(), $"congress-keys-other-{Guid.NewGuid():N}");
        var withoutKeys = () => OpenOnAnotherHostAsync(stranger, sealedTemplate);
        (await withoutKeys.Should().ThrowAsync<CryptographicException>()).WithMessage("*wrapping key*not in the key directory*");

        await RotateAsync();

        var rewrapped = await WrappedAsync();
        rewrapped.Should().StartWith("aesgcm:").And.NotBe(wrapped);
        var wrapKeys = factory.Services.GetRequiredService<InstallationSecrets>().GetRing(TemplateKeyWrap.ConfigurationKey, TemplateKeyWrap.FileName);
        rewrapped.Split(':')[1].Should().Be(InstallationSecrets.KeyId(wrapKeys[0]), "the record names the new wrapping key");
        var onlyNewKeys = CopyKeyDirectory(currentKeysOnly: true);
        try
        {
            (await OpenOnAnotherHostAsync(onlyNewKeys, sealedTemplate)).Should().Equal(Embedding,
                "a template sealed before the rotation opens with the new wrapping key alone: it was not re-encrypted, its key was re-wrapped");
        }
        finally
        {
            Directory.Delete(onlyNewKeys, true);
            if (Directory.Exists(stranger)) Directory.Delete(stranger, true);
        }

        // A record written before the key directory held a wrapping key (wrapped by data protection) still opens,
        // and the next rotation moves it to the new form.
        await WithProtectorAsync(factory, async (_, db) =>
        {
            var record = await db.Keys.SingleAsync();
            var templateKey = factory.Services.GetRequiredService<TemplateKeyWrap>().Unwrap(record.Wrapped);
            record.Wrapped = Convert.ToBase64String(factory.Services.GetRequiredService<IDataProtectionProvider>()
                .CreateProtector("Congress.Biometrics.TemplateKey").Protect(templateKey));
            return await db.SaveChangesAsync();
        });
        var copy = CopyKeyDirectory();
        try
        {
            (await OpenOnAnotherHostAsync(copy, sealedTemplate)).Should().Equal(Embedding, "the legacy wrapping still opens");
        }
        finally { Directory.Delete(copy, true); }
        TemplateKeyWrap.IsLegacy(await WrappedAsync()).Should().BeTrue();
        await RotateAsync();
        (await WrappedAsync()).Should().StartWith("aesgcm:");
    }
}
