class ArtifactStore
  def initialize
    @files = {}
  end

  def write(key, data)
    @files[key] = data.dup.freeze
  end

  def read(key)
    @files[key]
  end
end
