<?php

declare(strict_types=1);

namespace App\Integrations\Zendesk;

use GuzzleHttp\ClientInterface;
use Psr\Log\LoggerInterface;

final class TicketImporter
{
    public function __construct(
        private readonly ClientInterface $http,
        private readonly LoggerInterface $logger,
    ) {
    }

    /** @return array<string, mixed> */
    public function fetchOne(int $id): array
    {
        $response = $this->http->request('GET', "/api/v2/tickets/{$id}.json");

        return json_decode((string) $response->getBody(), true, 512, JSON_THROW_ON_ERROR)['ticket'];
    }

    /** @return list<array<string, mixed>> */
    public function fetchSince(\DateTimeInterface $since): array
    {
        $all = [];
        $url = '/api/v2/incremental/tickets/cursor.json?start_time=' . $since->getTimestamp();
        do {
            $response = $this->http->request('GET', $url);
            $page = json_decode((string) $response->getBody(), true, 512, JSON_THROW_ON_ERROR);
            array_push($all, ...$page['tickets']);
            $url = $page['end_of_stream'] ? null : $page['after_url'];
        } while ($url !== null);
        $this->logger->info('fetched {count} tickets', ['count' => count($all)]);

        return $all;
    }
}
