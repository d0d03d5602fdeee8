namespace Congress.Shared.Infrastructure.Portal;

/// <summary>
/// The portal's icons: a fixed set shipped with the application as inline SVG (<see cref="PortalIcon"/>), so that
/// they show on a machine with no emoji font. A module's menu entry names one; a new icon is a member here and its
/// drawing in <see cref="MenuIcons"/>.
/// </summary>
public enum MenuIcon
{
    Home,
    People,
    Credentials,
    Groups,
    Upload,
    Organisation,
    Attendance,
    Camera,
    BallotBox,
    Pen,
    Face,
    Key,
    Lock,
    Document,
    Calendar,
    Money,
    Chart,
    Clock,
    Settings,
    Help,
}

/// <summary>The drawings of <see cref="MenuIcon"/>: 24×24, stroked with the text colour. Drawn for this project.</summary>
public static class MenuIcons
{
    /// <summary>The SVG elements inside a 24×24 view box. A fixed table: never built from input.</summary>
    public static string Shapes(MenuIcon icon) => icon switch
    {
        MenuIcon.Home => """<path d="M3 11 12 3l9 8"/><path d="M5 9.5V21h5v-6h4v6h5V9.5"/>""",
        MenuIcon.People => """<circle cx="9" cy="8" r="3.5"/><path d="M2.5 20.5c0-3.6 2.9-6.5 6.5-6.5s6.5 2.9 6.5 6.5"/><circle cx="17.5" cy="9" r="2.5"/><path d="M17 14.1c2.6.3 4.5 2.6 4.5 5.4"/>""",
        MenuIcon.Credentials => """<path d="M12 2.5 4 5.5v6c0 4.8 3.4 8.6 8 10 4.6-1.4 8-5.2 8-10v-6z"/><path d="m8.5 12 2.5 2.5 4.5-5"/>""",
        MenuIcon.Groups => """<rect x="3" y="3.5" width="7.5" height="7.5" rx="1"/><rect x="13.5" y="3.5" width="7.5" height="7.5" rx="1"/><rect x="3" y="13" width="7.5" height="7.5" rx="1"/><rect x="13.5" y="13" width="7.5" height="7.5" rx="1"/>""",
        MenuIcon.Upload => """<path d="M12 16V4"/><path d="m7 9 5-5 5 5"/><path d="M4 15v5h16v-5"/>""",
        MenuIcon.Organisation => """<path d="M2.5 8.5 12 3l9.5 5.5z"/><path d="M5 9v9M9.7 9v9M14.3 9v9M19 9v9"/><path d="M3 21h18"/>""",
        MenuIcon.Attendance => """<rect x="5" y="4.5" width="14" height="17" rx="1.5"/><path d="M9 3h6v3H9z"/><path d="m8.5 13.5 2.5 2.5 4.5-5"/>""",
        MenuIcon.Camera => """<path d="M3 8h4l2-3h6l2 3h4v12H3z"/><circle cx="12" cy="13.5" r="3.5"/>""",
        MenuIcon.BallotBox => """<path d="M3.5 12h17v9h-17z"/><path d="M8 12V3.5h8V12"/><path d="m10 8 1.5 1.5L14 6.5"/><path d="M7 16.5h10"/>""",
        MenuIcon.Pen => """<path d="M4 20l1-4.5L16 4.5 19.5 8 8.5 19z"/><path d="m14 7 3.5 3.5"/><path d="M13 20h7"/>""",
        MenuIcon.Face => """<circle cx="12" cy="12" r="9"/><path d="M9 9.5v1M15 9.5v1"/><path d="M8.5 15c1.9 1.7 5.1 1.7 7 0"/>""",
        MenuIcon.Key => """<circle cx="7.5" cy="15.5" r="4"/><path d="m10.5 12.5 9-9"/><path d="m16.5 6.5 3 3M14 9l2 2"/>""",
        MenuIcon.Lock => """<rect x="4.5" y="10.5" width="15" height="10.5" rx="1.5"/><path d="M8 10.5V7.5a4 4 0 0 1 8 0v3"/><path d="M12 14.5v2.5"/>""",
        MenuIcon.Document => """<path d="M6 2.5h8.5L19 7v14.5H6z"/><path d="M14 2.5V7.5h5"/><path d="M9 12h7M9 15.5h7M9 19h4"/>""",
        MenuIcon.Calendar => """<rect x="3.5" y="5" width="17" height="16" rx="1.5"/><path d="M3.5 10h17M8 3v4M16 3v4"/><path d="M7.5 14h3M13.5 14h3M7.5 17.5h3"/>""",
        MenuIcon.Money => """<rect x="2.5" y="6" width="19" height="12" rx="1.5"/><circle cx="12" cy="12" r="3"/><path d="M6 9.5v5M18 9.5v5"/>""",
        MenuIcon.Chart => """<path d="M3.5 3.5v17h17"/><path d="M7.5 16v-4M11.5 16V8M15.5 16v-6M19.5 16V5"/>""",
        MenuIcon.Clock => """<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3.5 2"/>""",
        MenuIcon.Settings => """<circle cx="12" cy="12" r="3"/><path d="M12 2.5v3M12 18.5v3M2.5 12h3M18.5 12h3M5.3 5.3l2.1 2.1M16.6 16.6l2.1 2.1M5.3 18.7l2.1-2.1M16.6 7.4l2.1-2.1"/>""",
        MenuIcon.Help => """<path d="M4 4.5h16v11.5H11l-4.5 4v-4H4z"/><path d="M9.8 8.2a2.3 2.3 0 1 1 3.2 2.1c-.6.3-1 .8-1 1.4v.3"/><path d="M12 14.2v.3"/>""",
        _ => throw new ArgumentOutOfRangeException(nameof(icon), icon, "No drawing for this icon."),
    };
}
