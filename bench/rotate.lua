-- wrk script: each request asks for the next path of the file named after `--`,
-- one path a line, so one run spreads its load over many pages of the same kind.

local thread_count = 0

function setup(thread)
  thread:set("thread_number", thread_count)
  thread_count = thread_count + 1
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  if #paths == 0 then
    error("no paths in " .. args[1])
  end
  -- Threads start far apart in the list, so they do not ask for the same page together.
  next_index = (thread_number or 0) * 7919 % #paths
end

function request()
  next_index = next_index % #paths + 1
  return wrk.format(nil, paths[next_index])
end
