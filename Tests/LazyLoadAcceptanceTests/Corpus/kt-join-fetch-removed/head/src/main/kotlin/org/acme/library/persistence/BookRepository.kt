package org.acme.library.persistence

import org.acme.library.domain.Book
import org.springframework.data.jpa.repository.JpaRepository
import org.springframework.data.jpa.repository.Query
import org.springframework.data.repository.query.Param

interface BookRepository : JpaRepository<Book, Long> {
    @Query("select b from Book b where b.libraryId = :libraryId order by b.title")
    fun findInLibrary(@Param("libraryId") libraryId: Long): List<Book>
}
