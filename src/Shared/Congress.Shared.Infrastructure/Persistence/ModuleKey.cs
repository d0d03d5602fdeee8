namespace Congress.Shared.Infrastructure.Persistence;

/// <summary>Which module a type belongs to: its assembly. Keys the module's unit of work in DI.</summary>
public static class ModuleKey
{
    public static string Of(Type type) => type.Assembly.GetName().Name!;
}
