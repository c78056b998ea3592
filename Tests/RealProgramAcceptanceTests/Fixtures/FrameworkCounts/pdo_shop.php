<?php
// A customer's orders with their products through PHP's PDO (pdo_sqlite), then a write in a
// transaction, and the script's own count of the statements it ran.
//
// usage: php pdo_shop.php LOADING CUSTOMER_ID COUNTS_FILE
//   LOADING  n_plus_one: one prepared product query executed per order; batched: all products
//            in one IN query.
// The count is the script's execute() and query() calls; beginTransaction() and commit() are
// not statements of the application.
[, $loading, $customerId, $countsFile] = $argv;
$pdo = new PDO('sqlite:' . getenv('HUNDREDFOLD_DB'), null, null, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
$queries = 0;
$productLookups = 0;

$orders = $pdo->prepare('SELECT id, product_id FROM orders WHERE customer_id = ? ORDER BY id');
$orders->execute([(int) $customerId]);
$queries++;
$rows = $orders->fetchAll(PDO::FETCH_ASSOC);
$names = [];
if ($loading === 'n_plus_one') {
    $product = $pdo->prepare('SELECT name FROM products WHERE id = ?');
    foreach ($rows as $row) {
        $product->execute([$row['product_id']]);
        $queries++;
        $productLookups++;
        $names[] = $product->fetchColumn();
    }
} elseif ($loading === 'batched') {
    $ids = array_values(array_unique(array_column($rows, 'product_id')));
    if ($ids) {
        $marks = implode(',', array_fill(0, count($ids), '?'));
        $products = $pdo->prepare("SELECT id, name FROM products WHERE id IN ($marks)");
        $products->execute($ids);
        $queries++;
        $byId = $products->fetchAll(PDO::FETCH_KEY_PAIR);
        foreach ($rows as $row) {
            $names[] = $byId[$row['product_id']];
        }
    }
} else {
    fwrite(STDERR, "unknown loading $loading\n");
    exit(2);
}

$pdo->beginTransaction();
$rename = $pdo->prepare("UPDATE customers SET name = name || '!' WHERE id = ?");
$rename->execute([(int) $customerId]);
$queries++;
$pdo->commit();

$line = [
    'scale' => (int) getenv('HUNDREDFOLD_SCALE'), 'queries' => $queries, 'calls' => $queries,
    'instrumentation' => 0, 'loop' => $loading === 'n_plus_one' ? $productLookups : 0,
];
file_put_contents($countsFile, json_encode($line) . "\n", FILE_APPEND);
echo count($names) . " orders, $queries queries\n";
