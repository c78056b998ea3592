require_relative "artifact_store"

class BuildCollector
  def collect(outputs)
    storage = ArtifactStore.new
    outputs.each do |output|
      storage.write("builds/#{output.name}", output.data)
    end
    storage
  end
end
