// MARK: - HF101 examples in Ruby

extension QueryInLoopRule {
    static let ruby: [RuleExample] = [
        .triggering(
            .ruby,
            """
            users.each do |user|
              orders = ↓Order.where(user_id: user.id).to_a
            end
            """),
        .triggering(
            .ruby,
            """
            posts.each { |post| puts ↓Author.find(post.author_id).name }
            """),
        .triggering(
            .ruby,
            """
            for id in ids
              ↓User.find_by(email: id)
            end
            """),
        .triggering(
            .ruby,
            """
            Order.where(status: "open").each do |order|
              ↓Customer.find(order.customer_id)
            end
            """),
        .nonTriggering(
            .ruby,
            """
            users = User.includes(:orders).to_a
            users.each do |user|
              puts user.orders.size
            end
            """),
        .nonTriggering(
            .ruby,
            """
            %w[admin staff].each do |role|
              Role.find_by(name: role)
            end
            """),
        .nonTriggering(
            .ruby,
            """
            3.times do |i|
              User.find(1)
            end
            """),
        .nonTriggering(
            .ruby,
            """
            ids.each do |id|
              return id if User.exists?(id)
            end
            """),
        // An element of a group_by Hash is an Array, whatever a model calls an association so; the
        // association itself, read bare in the model, is a query.
        .nonTriggering(
            .ruby,
            """
            class Wiki < ApplicationRecord
              has_many :pages
            end

            def write_hierarchy(pdf, pages, node = nil)
              pages[node].each do |page|
                pdf.add_page unless page == pages[node].first
              end
            end
            """),
        .triggering(
            .ruby,
            """
            class Wiki < ApplicationRecord
              has_many :pages

              def write_hierarchy(pdf, nodes)
                nodes.each do |node|
                  pdf.add_page unless node == ↓pages.first
                end
              end
            end
            """),
        // A local holding an element of a Hash (`grouped[version]`, a group_by's Array) is no
        // `self.issues`; one assigned from an association still is.
        .nonTriggering(
            .ruby,
            """
            class Project < ApplicationRecord
              has_many :issues

              def summary(versions, grouped)
                versions.each do |version|
                  if (issues = grouped[version]) && issues.size > 0
                    puts version.name
                  end
                end
              end
            end
            """),
        .triggering(
            .ruby,
            """
            class Version < ApplicationRecord
              has_many :fixed_issues, class_name: 'Issue'
            end

            class Project < ApplicationRecord
              has_many :issues

              def summary(versions)
                versions.each do |version|
                  if (issues = version.fixed_issues) && ↓issues.size > 0
                    puts version.name
                  end
                end
              end
            end
            """),
    ]
}
