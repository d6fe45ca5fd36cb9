/// The grapes each wine region is known for: a Burgundy is Pinot Noir or Chardonnay, a Rioja
/// Tempranillo, never a Merlot from Burgundy.
enum WineRegions {
    static let grapes: [String: [String]] = [
        "napa valley": ["Cabernet Sauvignon", "Chardonnay", "Merlot", "Zinfandel", "Sauvignon Blanc"],
        "sonoma": ["Pinot Noir", "Chardonnay", "Zinfandel", "Cabernet Sauvignon"],
        "bordeaux": ["Merlot", "Cabernet Sauvignon", "Sauvignon Blanc"],
        "burgundy": ["Pinot Noir", "Chardonnay"],
        "champagne": ["Chardonnay", "Pinot Noir"],
        "rioja": ["Tempranillo"],
        "tuscany": ["Sangiovese"],
        "piedmont": ["Nebbiolo", "Barbera"],
        "barossa valley": ["Syrah", "Shiraz", "Cabernet Sauvignon", "Riesling"],
        "marlborough": ["Sauvignon Blanc", "Pinot Noir"],
        "mendoza": ["Malbec", "Cabernet Sauvignon"],
        "mosel": ["Riesling"],
        "willamette valley": ["Pinot Noir", "Pinot Grigio", "Chardonnay"],
        "rhone": ["Syrah", "Grenache"], "rhône": ["Syrah", "Grenache"],
        "loire": ["Sauvignon Blanc", "Chenin Blanc"], "loire valley": ["Sauvignon Blanc", "Chenin Blanc"],
        "douro": ["Touriga Nacional"],
    ]

    /// Columns of a wine's grape.
    static let grapeColumns = ["grape", "grape_variety", "grape_varietal", "varietal", "variety", "grapes"]
    /// Columns of where a wine comes from.
    static let regionColumns = ["region", "wine_region", "appellation"]
}
