namespace Congress.Modules.Fundraising.Tests;
