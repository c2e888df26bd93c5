using Groundplan.Model.Recon;
using Groundplan.Plan.Writers;

namespace Groundplan.Tests.Plan;

public sealed class FactPickerTests
{
    [Theory]
    [InlineData("middleware.js", "`middleware.js`")]
    [InlineData("src/middleware.ts", "`src/middleware.ts`")]
    [InlineData("getServerSession", "`getServerSession()`")]
    [InlineData("login_required", "`login_required()`")]
    [InlineData("Devise.authenticate_user", "`Devise.authenticate_user()`")]
    public void Code_AuthFactName_FilesNamedAsFilesAndFunctionsCalled(string name, string expected)
    {
        var fact = new ReconFact(ReconTopic.Authentication, name, "guard", FactStatus.Found, [], "test");

        Assert.Equal(expected, FactPicker.Code(fact));
    }
}
