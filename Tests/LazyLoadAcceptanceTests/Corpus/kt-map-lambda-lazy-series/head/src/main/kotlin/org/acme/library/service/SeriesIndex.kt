package org.acme.library.service

import org.acme.library.persistence.BookRepository
import org.springframework.stereotype.Service
import org.springframework.transaction.annotation.Transactional

@Service
class SeriesIndex(private val bookRepository: BookRepository) {
    @Transactional(readOnly = true)
    fun seriesTitles(libraryId: Long): Set<String> =
        bookRepository.findInLibrary(libraryId)
            .mapNotNull { it.series?.title }
            .toSortedSet()
}
