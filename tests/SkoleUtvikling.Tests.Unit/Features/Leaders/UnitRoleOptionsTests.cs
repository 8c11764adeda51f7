using SkoleUtvikling.Bot.Features.Leaders;

namespace SkoleUtvikling.Tests.Unit.Features.Leaders;

public class UnitRoleOptionsTests
{
    [Fact]
    public void A_bad_id_or_a_school_named_twice_stops_the_bot_with_errors_naming_the_setting()
    {
        var options = new UnitRoleOptions
        {
            Schools =
            [
                new() { Name = "Nordby skole", Rektor = ["ikke-en-guid"] },
                new() { Name = " nordby SKOLE ", Skut = ["0b6f1c2e-7a34-4d5e-9f10-2a3b4c5d6e7f"] },
                new() { Name = "" },
            ],
            Veilederteam = ["x"],
        };

        var result = new UnitRoleOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal(
        [
            "Units:Schools:0:Rektor:0 must be an Entra object id (GUID), was 'ikke-en-guid'.",
            "Units:Schools:1:Name ' nordby SKOLE ' is listed twice.",
            "Units:Schools:2:Name must name the school as it is registered (enhet skole <navn>).",
            "Units:Veilederteam:0 must be an Entra object id (GUID), was 'x'.",
        ], result.Failures);
    }

    [Fact]
    public void Good_settings_pass_and_a_school_is_found_by_name_ignoring_case()
    {
        var options = new UnitRoleOptions { Schools = [new() { Name = "Nordby skole", Rektor = ["0b6f1c2e-7a34-4d5e-9f10-2a3b4c5d6e7f"] }] };

        Assert.True(new UnitRoleOptionsValidator().Validate(null, options).Succeeded);
        Assert.Same(options.Schools[0], options.School("NORDBY SKOLE"));
    }
}
