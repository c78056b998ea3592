module PerfHelp
end
