class Theme
  THEMES = {
    "light" => { background: "#ffffff", text: "#111111" },
    "dark" => { background: "#111111", text: "#eeeeee" },
  }.freeze

  attr_reader :name, :colors

  def initialize(name, colors)
    @name = name
    @colors = colors
  end

  def self.find_by(name:)
    colors = THEMES[name]
    colors && new(name, colors)
  end
end
