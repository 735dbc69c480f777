using Dashboard.Web.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddDashboardWeb();

var app = builder.Build();
app.UseDashboardWeb();
app.Run();

/// <summary>The web host's entry point; public so tests can host it.</summary>
public partial class Program;
