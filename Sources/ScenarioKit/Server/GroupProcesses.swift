import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What `/proc` says about the processes of one process group: which are alive, and which TCP
/// ports they listen on (so a server bound to the wrong port is named at once). Linux only.
enum GroupProcesses {
    /// The processes of group `group` that have not exited (zombies left out).
    static func alive(in group: pid_t) -> [pid_t] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        return entries.compactMap { entry in
            guard let pid = pid_t(entry),
                let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { return nil }
            // After the command's name: state, ppid, pgrp, …
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 2, fields[0] != "Z", fields[0] != "X", pid_t(fields[2]) == group else {
                return nil
            }
            return pid
        }
    }

    /// The TCP ports (IPv4 and IPv6) that processes of group `group` listen on, ascending.
    static func listeningPorts(in group: pid_t) -> [UInt16] {
        var sockets: Set<String> = []
        for pid in alive(in: group) {
            let folder = "/proc/\(pid)/fd"
            for fd in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
                guard
                    let target = try? FileManager.default.destinationOfSymbolicLink(
                        atPath: "\(folder)/\(fd)"),
                    target.hasPrefix("socket:[")
                else { continue }
                sockets.insert(String(target.dropFirst("socket:[".count).dropLast()))
            }
        }
        guard !sockets.isEmpty else { return [] }
        var ports: Set<UInt16> = []
        for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
            guard let text = try? String(contentsOfFile: table, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n").dropFirst() {
                let columns = line.split(separator: " ")
                // sl, local_address, rem_address, st (0A: listening), …, inode (the tenth column)
                guard columns.count > 9, columns[3] == "0A", sockets.contains(String(columns[9])),
                    let portText = columns[1].split(separator: ":").last,
                    let port = UInt16(portText, radix: 16)
                else { continue }
                ports.insert(port)
            }
        }
        return ports.sorted()
    }

    /// A TCP port on 127.0.0.1 that nothing listens on now (the system picks it).
    static func freeLoopbackPort() -> UInt16? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var address = LoopbackAddress.make(port: 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard bound == 0 else { return nil }
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return named == 0 ? UInt16(bigEndian: address.sin_port) : nil
    }
}

/// 127.0.0.1 as a socket address.
enum LoopbackAddress {
    static func make(port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr = in_addr(s_addr: UInt32(0x7F00_0001).bigEndian)
        return address
    }
}
