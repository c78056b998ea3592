<?php
// Order totals per user, through PHP's two SQLite extensions (pdo_sqlite or the SQLite3 class),
// both loaded by PHP with RTLD_DEEPBIND. Prints the number of statements it executed itself.
//
//   php php_orders.php setup
//   php php_orders.php pdo|sqlite3 n_plus_one|batched

$database = getenv('HUNDREDFOLD_DB');
[$extension, $shape] = [$argv[1], $argv[2] ?? ''];
$executed = 0;

if ($extension === 'setup') {
    $db = new PDO("sqlite:$database");
    $db->exec('CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT)');
    $db->exec('CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER, total REAL)');
    $db->exec('CREATE INDEX orders_user ON orders(user_id)');
    for ($id = 1; $id <= 12; $id++) {
        $db->exec("INSERT INTO users VALUES ($id, 'user $id')");
        $db->exec("INSERT INTO orders(user_id, total) VALUES ($id, $id * 1.5), ($id, 2)");
    }
    exit(0);
}

/** Runs one statement with `$params` and returns its rows, counting it. */
function rows($db, string $sql, array $params = []): array {
    global $executed;
    $executed++;
    if ($db instanceof PDO) {
        $statement = $db->prepare($sql);
        $statement->execute($params);
        return $statement->fetchAll(PDO::FETCH_ASSOC);
    }
    $statement = $db->prepare($sql);
    foreach ($params as $index => $value) $statement->bindValue($index + 1, $value);
    $result = $statement->execute();
    $rows = [];
    while (($row = $result->fetchArray(SQLITE3_ASSOC)) !== false) $rows[] = $row;
    return $rows;
}

$db = $extension === 'pdo' ? new PDO("sqlite:$database") : new SQLite3($database);
$users = rows($db, 'SELECT id, name FROM users ORDER BY id');
$totals = [];
if ($shape === 'n_plus_one') {
    foreach ($users as $user) {
        $sum = rows($db, 'SELECT sum(total) AS total FROM orders WHERE user_id = ?', [$user['id']]);
        $totals[$user['id']] = $sum[0]['total'];
    }
} else {
    $ids = array_column($users, 'id');
    $marks = implode(', ', array_fill(0, count($ids), '?'));
    $sql = "SELECT user_id, sum(total) AS total FROM orders WHERE user_id IN ($marks) GROUP BY user_id";
    foreach (rows($db, $sql, $ids) as $row) $totals[$row['user_id']] = $row['total'];
}
echo json_encode(['users' => count($totals), 'sum' => array_sum($totals), 'queries' => $executed]), "\n";
