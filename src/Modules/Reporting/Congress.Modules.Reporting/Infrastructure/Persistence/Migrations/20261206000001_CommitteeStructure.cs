using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.Modules.Reporting.Infrastructure.Persistence.Migrations;

/// <summary>
/// The elected committees' structure (docs/adr/0027): each elected person's optional attributes, and their counts in
/// every roll-up row (0 for the reports already there: their members carried no attributes, so nothing was stated).
/// Hand-written and provider-neutral (docs/adr/0004).
/// </summary>
[DbContext(typeof(ReportingDbContext))]
[Migration("20261206000001_CommitteeStructure")]
internal sealed class CommitteeStructure : Migration
{
    private const string Schema = ReportingDbContext.SchemaName;

    internal static readonly string[] RollupColumns =
    [
        "CommitteeAgeUnder35", "CommitteeAge35To50", "CommitteeAge51To60", "CommitteeAgeOver60", "CommitteeWomen", "CommitteeMen",
        "CommitteeKinh", "CommitteeEthnicMinority", "CommitteePostGraduate", "CommitteeUniversity", "CommitteeBelowUniversity",
        "CommitteeTheoryAdvanced", "CommitteeTheoryIntermediate", "CommitteeTheoryBasic",
    ];

    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<int>("BirthYear", "report_elected", schema: Schema, nullable: true);
        m.AddColumn<string>("Gender", "report_elected", schema: Schema, nullable: true);
        m.AddColumn<string>("Ethnicity", "report_elected", schema: Schema, nullable: true);
        m.AddColumn<string>("Education", "report_elected", schema: Schema, nullable: true);
        m.AddColumn<string>("PoliticalTheory", "report_elected", schema: Schema, nullable: true);
        foreach (var column in RollupColumns)
            m.AddColumn<int>(column, "report_rollups", schema: Schema, nullable: false, defaultValue: 0);
    }
}
