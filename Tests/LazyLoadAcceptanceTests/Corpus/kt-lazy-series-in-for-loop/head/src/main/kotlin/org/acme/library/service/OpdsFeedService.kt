package org.acme.library.service

import org.acme.library.persistence.BookRepository
import org.springframework.stereotype.Service
import org.springframework.transaction.annotation.Transactional

@Service
class OpdsFeedService(
    private val bookRepository: BookRepository,
) {
    @Transactional(readOnly = true)
    fun entryTitles(libraryId: Long): List<String> {
        val titles = mutableListOf<String>()
        for (book in bookRepository.findInLibrary(libraryId)) {
            titles += "${book.series?.title} - ${book.title}"
        }
        return titles
    }
}
